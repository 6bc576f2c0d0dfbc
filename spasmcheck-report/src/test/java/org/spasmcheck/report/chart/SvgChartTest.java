package org.spasmcheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SvgChartTest {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    static final BarChart WEEKS = new BarChart("Episodes per week", "Episodes in each of the last 3 weeks: 2, 0 and 7.",
            "Episodes", List.of(new BarChart.Bar("3 Nov", 2), new BarChart.Bar("10 Nov", 0),
            new BarChart.Bar("17 Nov", 7)));

    @Nested
    class Accessibility {
        @Test
        void svg_isAnImageLabelledByItsTitleAndDescription() throws Exception {
            Element svg = parse(SvgChart.svg(WEEKS));

            assertThat(svg.getAttribute("role")).isEqualTo("img");
            List<String> ids = Arrays.asList(svg.getAttribute("aria-labelledby").split(" "));
            assertThat(ids).hasSize(2);
            Element title = byId(svg, ids.get(0));
            Element desc = byId(svg, ids.get(1));
            assertThat(title.getLocalName()).isEqualTo("title");
            assertThat(title.getTextContent()).isEqualTo("Episodes per week");
            assertThat(desc.getLocalName()).isEqualTo("desc");
            assertThat(desc.getTextContent()).isEqualTo(WEEKS.description());
        }

        @Test
        void svg_idsComeFromTheTitle_soTwoChartsOnOnePageDoNotClash() throws Exception {
            BarChart other = new BarChart("Episodes by time of day", "d", "Episodes", List.of());

            String first = parse(SvgChart.svg(WEEKS)).getAttribute("aria-labelledby");
            String second = parse(SvgChart.svg(other)).getAttribute("aria-labelledby");

            assertThat(first).isEqualTo("chart-episodes-per-week-title chart-episodes-per-week-desc");
            assertThat(second).isEqualTo("chart-episodes-by-time-of-day-title chart-episodes-by-time-of-day-desc");
        }

        @Test
        void svg_showsTheTitleAndTheAxisLabelAsVisibleText() throws Exception {
            Element svg = parse(SvgChart.svg(WEEKS));

            assertThat(texts(svg, "chart-title")).containsExactly("Episodes per week");
            assertThat(texts(svg, "axis-label")).containsExactly("Episodes");
        }

        @Test
        void svg_scalesByItsViewBox() throws Exception {
            Element svg = parse(SvgChart.svg(WEEKS));

            assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        }
    }

    @Nested
    class Bars {
        @RepeatedTest(10)
        void svg_drawsEveryBarWithItsLabelAndValue_inOrder(RepetitionInfo run) throws Exception {
            BarChart chart = generated(new Random(run.getCurrentRepetition()));

            List<Element> bars = bars(parse(SvgChart.svg(chart)));

            assertThat(bars).hasSize(chart.bars().size());
            for (int i = 0; i < bars.size(); i++) {
                assertThat(barLabel(bars.get(i))).isEqualTo(chart.bars().get(i).label());
                assertThat(barValue(bars.get(i))).isEqualTo(String.valueOf(chart.bars().get(i).value()));
            }
        }

        @RepeatedTest(10)
        void svg_barHeightsAreProportionalToTheValues(RepetitionInfo run) throws Exception {
            BarChart chart = generated(new Random(50 + run.getCurrentRepetition()));
            int top = ChartScale.of(chart).top();

            List<Element> bars = bars(parse(SvgChart.svg(chart)));

            double fullHeight = SvgChart.PLOT_BOTTOM - SvgChart.PLOT_TOP;
            for (int i = 0; i < bars.size(); i++) {
                double height = Double.parseDouble(rect(bars.get(i)).getAttribute("height"));
                assertThat(height).isCloseTo(fullHeight * chart.bars().get(i).value() / top,
                        org.assertj.core.data.Offset.offset(0.06));
            }
        }

        @Test
        void svg_tallestBarStaysInsideThePlot() throws Exception {
            List<Element> bars = bars(parse(SvgChart.svg(WEEKS)));

            double y = Double.parseDouble(rect(bars.get(2)).getAttribute("y"));
            assertThat(y).isGreaterThanOrEqualTo(SvgChart.PLOT_TOP);
        }

        @Test
        void svg_chartWithoutBars_saysThereAreNoEpisodes() throws Exception {
            Element svg = parse(SvgChart.svg(new BarChart("Episodes by muscle group", "No episodes are recorded.",
                    "Episodes", List.of())));

            assertThat(bars(svg)).isEmpty();
            assertThat(svg.getTextContent()).contains("No episodes");
        }

        @Test
        void svg_longLabel_isShortenedUnderItsBar_butTheDescriptionKeepsIt() throws Exception {
            String longLabel = "The outside of the left little toe and the arch of the foot next to it";
            BarChart chart = new BarChart("Sites", "Sites: " + longLabel + ": 1.", "Episodes",
                    IntStream.range(0, 8).mapToObj(i -> new BarChart.Bar(i == 0 ? longLabel : "s" + i, 1)).toList());

            Element svg = parse(SvgChart.svg(chart));

            Element first = bars(svg).get(0);
            assertThat(labelLines(first)).hasSizeLessThanOrEqualTo(SvgChart.LABEL_LINES);
            assertThat(barLabel(first)).endsWith("…");
            assertThat(longLabel).startsWith(barLabel(first).replace("…", "").strip());
            assertThat(svg.getTextContent()).contains("Sites: " + longLabel);
        }
    }

    @Nested
    class Safety {
        @Test
        void svg_labelsFromThePerson_areEscaped_andComeBackAsWritten() throws Exception {
            String hostile = "<script>alert('x')</script> & \"calf\"";
            BarChart chart = new BarChart("Mine & <yours>", "A \"quoted\" <desc> & more.", "Count <n>",
                    List.of(new BarChart.Bar(hostile, 1)));

            Element svg = parse(SvgChart.svg(chart));

            assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(barLabel(bars(svg).get(0)).replace(" ", "")).isEqualTo(hostile.replace(" ", ""));
            assertThat(byId(svg, "chart-mine-yours-title").getTextContent()).isEqualTo("Mine & <yours>");
            assertThat(texts(svg, "axis-label")).containsExactly("Count <n>");
        }

        @Test
        void svg_characterXmlCannotCarry_becomesAQuestionMark() throws Exception {
            BarChart chart = new BarChart("Sites", "d", "Episodes", List.of(new BarChart.Bar("calf\u0001left", 1)));

            assertThat(barLabel(bars(parse(SvgChart.svg(chart))).get(0))).isEqualTo("calf?left");
        }

        @RepeatedTest(5)
        void svg_hasNoScriptNoEventHandlerAndNoExternalReference(RepetitionInfo run) throws Exception {
            Element svg = parse(SvgChart.svg(generated(new Random(90 + run.getCurrentRepetition()))));

            List<String> attributes = new ArrayList<>();
            collectAttributes(svg, attributes);
            assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(svg.getElementsByTagNameNS("*", "foreignObject").getLength()).isZero();
            assertThat(attributes).noneMatch(a -> a.startsWith("on"));
            assertThat(attributes).noneMatch(a -> a.endsWith("href"));
        }

        @Test
        void svg_nonLatinLabel_survives() throws Exception {
            BarChart chart = new BarChart("Sites", "d", "Episodes", List.of(new BarChart.Bar("Икра", 3)));

            assertThat(barLabel(bars(parse(SvgChart.svg(chart))).get(0))).isEqualTo("Икра");
        }
    }

    /** A chart of 1 to 10 bars with short labels and values up to 40. */
    static BarChart generated(Random random) {
        List<BarChart.Bar> bars = IntStream.range(0, 1 + random.nextInt(10))
                .mapToObj(i -> new BarChart.Bar("b" + i, random.nextInt(41))).toList();
        return new BarChart("Generated", "Generated bars.", "Episodes", bars);
    }

    /** Parses with the JDK's parser, refusing DOCTYPEs (an inline SVG needs none). */
    static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        return root;
    }

    static Element byId(Element root, String id) {
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    static List<Element> bars(Element svg) {
        return elements(svg, "g").stream().filter(g -> "bar".equals(g.getAttribute("class"))).toList();
    }

    static Element rect(Element bar) {
        return elements(bar, "rect").get(0);
    }

    static String barValue(Element bar) {
        return elements(bar, "text").stream().filter(t -> "value".equals(t.getAttribute("class")))
                .findFirst().orElseThrow().getTextContent();
    }

    static List<String> labelLines(Element bar) {
        Element label = elements(bar, "text").stream().filter(t -> "label".equals(t.getAttribute("class")))
                .findFirst().orElseThrow();
        return elements(label, "tspan").stream().map(Node::getTextContent).toList();
    }

    /** The label as a reader sees it: its lines joined by spaces. */
    static String barLabel(Element bar) {
        return String.join(" ", labelLines(bar));
    }

    static List<String> texts(Element svg, String cssClass) {
        return elements(svg, "text").stream().filter(t -> cssClass.equals(t.getAttribute("class")))
                .map(Node::getTextContent).collect(Collectors.toList());
    }

    static List<Element> elements(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static void collectAttributes(Element e, List<String> out) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            out.add(attributes.item(i).getLocalName() == null ? attributes.item(i).getNodeName()
                    : attributes.item(i).getLocalName());
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectAttributes(child, out);
            }
        }
    }
}
