package uk.nhs.leaguetables.platform.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a document with more aliases than a client needs, before it runs: an alias bomb
 * repeats one expensive field under many names to multiply its cost.
 */
class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

	private final int maxAliases;

	AliasLimitInstrumentation(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		AtomicInteger aliases = new AtomicInteger();
		new NodeTraverser().preOrder(new NodeVisitorStub() {

			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}

		}, parameters.getDocument());
		if (aliases.get() > maxAliases) {
			throw new AbortExecutionException(
					"The query uses " + aliases.get() + " aliases; at most " + maxAliases + " are allowed");
		}
		return SimpleInstrumentationContext.noOp();
	}

}
