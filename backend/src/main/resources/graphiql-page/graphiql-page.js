// Starts GraphiQL against this service's GraphQL endpoint. A file of its own, not an inline script, so that the
// page's Content-Security-Policy can allow scripts from this service only.
(function () {
  const container = document.getElementById('graphiql');
  const fetcher = GraphiQL.createFetcher({ url: container.dataset.endpoint });
  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
