package org.ofstedkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Content negotiation by the Accept header, as RFC 9110 (section 12.5.1) has it, for every answer of the
 * server that comes in more than one media type or in one the client may refuse. Each offered media type
 * takes, on its own, the weight of the most specific media range that matches it ({@code text/turtle}
 * before {@code text/*} before <code>*&#47;*</code>); {@code q=0} means "not acceptable"; of the acceptable
 * types the heaviest wins, and among equals the one offered first. An offer may go by other names too
 * (JSON-LD as {@code application/json}): such an alias is weighed only by a range naming it exactly, and the
 * answer is then labelled with the alias, so a type refused with {@code q=0} is never sent, under its own
 * name or another that only a wildcard takes. No Accept header (or one with no media range that can be read)
 * takes the first type offered. When nothing offered is acceptable the answer is 406, naming what is.
 *
 * <p>As a filter on the SPARQL endpoint it lets the endpoint's choice stand for Fuseki: Fuseki reads the
 * Accept header anew, and would ignore {@code q=0}; once {@link CappedQueryService} has chosen a type by
 * this negotiation (it alone knows the query's form), the request reads as accepting that type only.
 */
final class Negotiation implements Filter {

    /** The request attribute that holds the media type chosen for a SPARQL answer. */
    private static final String CHOSEN = Negotiation.class.getName() + ".chosen";

    /** A media range of an Accept header: {@code type/subtype} (either may be {@code *}) and its weight. */
    private record Range(String type, String subtype, double q) {
        /** How specifically the range names the media type: 3 exactly, 2 by its type, 1 any; 0 not at all. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return subtype.equals("*") ? 1 : 0;
            }
            if (!type.equals(t)) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(s) ? 3 : 0;
        }
    }

    /** The media ranges of an Accept header that can be read; those that cannot are passed over. */
    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null) {
            return ranges;
        }
        for (String part : split(accept, ',')) {
            List<String> params = split(part, ';');
            String range = params.get(0).strip().toLowerCase(Locale.ROOT);
            if (range.equals("*")) {
                range = "*/*"; // as Java's own HTTP client sends it
            }
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1 || range.indexOf('/', slash + 1) >= 0
                    || (range.startsWith("*/") && !range.equals("*/*"))) {
                continue;
            }
            Double q = 1.0;
            for (int i = 1; i < params.size(); i++) {
                String p = params.get(i).strip().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    q = weight(p.substring(2).strip());
                }
            }
            if (q != null) {
                ranges.add(new Range(range.substring(0, slash), range.substring(slash + 1), q));
            }
        }
        return ranges;
    }

    /**
     * The parts of a field value between separators that are not in a quoted string (RFC 9110 5.6.6: a
     * parameter's value may be quoted, and hold commas, semicolons and backslash-escaped quotes).
     */
    private static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                part.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /**
     * The request's Accept header: its field lines, if it was sent in more than one, as one list (RFC 9110
     * 5.3); null if it has none.
     */
    static String accept(HttpServletRequest request) {
        Enumeration<String> lines = request.getHeaders("Accept");
        return lines == null || !lines.hasMoreElements() ? null : String.join(", ", Collections.list(lines));
    }

    /** A q-value, 0 to 1 (read leniently: ".2" as Java's own HTTP client sends it); null if it is not a number. */
    private static Double weight(String value) {
        if (!value.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            return null;
        }
        return Math.min(1, Double.parseDouble(value));
    }

    /**
     * How acceptable a media type is by the ranges: the weight of the most specific range naming it (for an
     * alias, only a range naming it exactly); 0 if none does. A type offered with parameters
     * (text/csv; charset=utf-8) is matched by its type and subtype.
     */
    private static double weightOf(String mediaType, boolean alias, List<Range> ranges) {
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        int best = 0;
        double q = 0;
        for (Range r : ranges) {
            int specificity = r.specificity(bare);
            if (alias && specificity < 3) {
                continue;
            }
            if (specificity > best || (specificity == best && specificity > 0 && r.q() > q)) {
                best = specificity;
                q = r.q();
            }
        }
        return q;
    }

    /** An offer as chosen, and the media type to label it with: its own, or the alias the client asked for. */
    record Choice<T>(T offer, String mediaType) {
    }

    /**
     * What the Accept header prefers of the offers, each offered under one or more media types (its own
     * first, then any alias a client may ask it by), with the media type it is preferred by; empty when none
     * is acceptable.
     *
     * @param offers in the server's order of preference
     */
    static <T> Optional<Choice<T>> choose(String accept, List<T> offers,
            Function<T, ? extends List<String>> mediaTypes) {
        List<Range> ranges = ranges(accept);
        if (ranges.isEmpty()) {
            return offers.stream().findFirst().map(o -> new Choice<>(o, mediaTypes.apply(o).get(0)));
        }
        Choice<T> best = null;
        double bestQ = 0;
        for (T offer : offers) {
            List<String> types = mediaTypes.apply(offer);
            for (int i = 0; i < types.size(); i++) {
                double q = weightOf(types.get(i), i > 0, ranges);
                if (q > bestQ) {
                    best = new Choice<>(offer, types.get(i));
                    bestQ = q;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The offered media type the Accept header prefers; empty when none is acceptable. */
    static Optional<String> choose(String accept, List<String> offered) {
        return choose(accept, offered, List::of).map(Choice::offer);
    }

    /**
     * The media type the request's Accept header prefers of those offered, the answer then varying by Accept;
     * empty, with a 406 sent, when none is acceptable.
     */
    static Optional<String> negotiate(HttpServletRequest request, HttpServletResponse response, List<String> offered)
            throws IOException {
        return negotiate(request, response, offered, List::of, offered).map(Choice::offer);
    }

    /**
     * The offer the request's Accept header prefers, and the media type to label it with, the answer then
     * varying by Accept; empty, with a 406 naming {@code named} sent, when none is acceptable.
     */
    static <T> Optional<Choice<T>> negotiate(HttpServletRequest request, HttpServletResponse response, List<T> offers,
            Function<T, ? extends List<String>> mediaTypes, List<String> named) throws IOException {
        varyByAccept(response);
        Optional<Choice<T>> chosen = choose(accept(request), offers, mediaTypes);
        if (chosen.isEmpty()) {
            byte[] body = (notAcceptable(named) + "\n").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
        return chosen;
    }

    /** Says that the answer varies by the Accept header, beside whatever else it varies by (Accept-Encoding). */
    static void varyByAccept(HttpServletResponse response) {
        String vary = response.getHeader("Vary");
        if (vary == null || vary.isBlank()) {
            response.setHeader("Vary", "Accept");
        } else if (Arrays.stream(vary.split(",")).noneMatch(v -> v.strip().equalsIgnoreCase("Accept"))) {
            response.setHeader("Vary", "Accept, " + vary);
        }
    }

    /** The body of a 406: what the resource is offered as. */
    static String notAcceptable(List<String> offered) {
        return "Not Acceptable: none of the media types this resource is offered in is acceptable by the request's "
                + "Accept header. Offered: " + String.join(", ", offered);
    }

    /** Has the SPARQL answer to this request given in this media type, whatever the Accept header says. */
    static void answerAs(HttpServletRequest request, String mediaType) {
        request.setAttribute(CHOSEN, mediaType);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) req) {
            @Override
            public String getHeader(String name) {
                Object chosen = getAttribute(CHOSEN);
                return chosen != null && "Accept".equalsIgnoreCase(name) ? chosen.toString() : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                Object chosen = getAttribute(CHOSEN);
                return chosen != null && "Accept".equalsIgnoreCase(name)
                        ? Collections.enumeration(List.of(chosen.toString())) : super.getHeaders(name);
            }
        }, res);
    }
}
