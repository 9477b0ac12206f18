package uk.nhs.leaguetables.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A server-drawn SVG chart shown inline (so screen readers get its title and description)
 * with a link that downloads the same SVG.
 */
public final class SvgChart extends Composite<Div> {

	public SvgChart(String svg, String fileName, String downloadText) {
		byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
		Anchor download = new Anchor(
				DownloadHandler.fromInputStream((event) -> new DownloadResponse(new ByteArrayInputStream(bytes),
						fileName, "image/svg+xml", bytes.length)),
				downloadText);
		download.setDownload(true);
		download.addClassName("chart-download");
		getContent().addClassName("chart");
		getContent().add(new Html(svg), download);
	}

}
