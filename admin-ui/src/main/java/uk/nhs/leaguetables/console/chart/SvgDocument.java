package uk.nhs.leaguetables.console.chart;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A small SVG writer: the shapes the charts need, every text escaped. The document is an
 * image to assistive technology, named by its {@code <title>} and described by its
 * {@code <desc>}.
 */
public final class SvgDocument {

	private final int width;

	private final int height;

	private final String title;

	private final String description;

	private final StringBuilder shapes = new StringBuilder();

	public SvgDocument(int width, int height, String title, String description) {
		this.width = width;
		this.height = height;
		this.title = title;
		this.description = description;
	}

	public SvgDocument rect(double x, double y, double rectWidth, double rectHeight, String fill) {
		shapes.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>".formatted(number(x), number(y),
				number(rectWidth), number(rectHeight), escape(fill)));
		return this;
	}

	public SvgDocument line(double x1, double y1, double x2, double y2, String stroke) {
		shapes.append("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>".formatted(number(x1), number(y1),
				number(x2), number(y2), escape(stroke)));
		return this;
	}

	/** A line through the points, each given as {x, y}. */
	public SvgDocument polyline(List<double[]> points, String stroke) {
		String coordinates = points.stream()
			.map((point) -> number(point[0]) + "," + number(point[1]))
			.collect(Collectors.joining(" "));
		shapes.append("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>".formatted(coordinates,
				escape(stroke)));
		return this;
	}

	public SvgDocument circle(double cx, double cy, double radius, String fill) {
		shapes.append("<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>".formatted(number(cx), number(cy),
				number(radius), escape(fill)));
		return this;
	}

	/** Text anchored at its start, middle or end. */
	public SvgDocument text(double x, double y, String text, String anchor) {
		shapes.append("<text x=\"%s\" y=\"%s\" text-anchor=\"%s\">%s</text>".formatted(number(x), number(y),
				escape(anchor), escape(text)));
		return this;
	}

	/**
	 * The document; {@code id} makes the title and description ids unique on the page.
	 */
	public String toSvg(String id) {
		String titleId = id + "-title";
		String descriptionId = id + "-desc";
		return ("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"%s %s\" viewBox=\"0 0 %d %d\""
				+ " width=\"%d\" height=\"%d\" font-family=\"Arial, sans-serif\" font-size=\"13\" fill=\"#212b32\">"
				+ "<title id=\"%s\">%s</title><desc id=\"%s\">%s</desc>%s</svg>")
			.formatted(titleId, descriptionId, width, height, width, height, titleId, escape(title), descriptionId,
					escape(description), shapes);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

}
