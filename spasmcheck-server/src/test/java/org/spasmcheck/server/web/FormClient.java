package org.spasmcheck.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spasmcheck.server.security.FormTokens;

/**
 * A browser without JavaScript: keeps cookies (by path, as browsers do), sends forms as
 * application/x-www-form-urlencoded with the form token its pages carry, and never follows redirects, so tests see
 * each 303.
 */
final class FormClient {
    /** The hidden field of every form of the pages. */
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"" + FormTokens.FIELD + "\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private String formToken;

    FormClient(String baseUrl) {
        this(baseUrl, true);
    }

    /** @param keepCookies false for a client that sends only the cookies a test gives it */
    FormClient(String baseUrl, boolean keepCookies) {
        this.baseUrl = baseUrl;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (keepCookies) {
            b.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        }
        this.http = b.build();
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /**
     * Posts a form as the page's form would: with this browser's form token (read from the start page the first
     * time) unless the form names one itself. Each entry is a field name with one or more values (tick boxes send
     * several).
     */
    HttpResponse<String> post(String path, Map<String, List<String>> form, String... headers) {
        if (form.containsKey(FormTokens.FIELD)) {
            return postWithoutToken(path, form, headers);
        }
        Map<String, List<String>> withToken = new LinkedHashMap<>(form);
        withToken.put(FormTokens.FIELD, List.of(formToken()));
        return postWithoutToken(path, withToken, headers);
    }

    /** Posts exactly the fields given, as another site's form (or a script) would: no form token added. */
    HttpResponse<String> postWithoutToken(String path, Map<String, List<String>> form, String... headers) {
        String body = form.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** This browser's form token, as its pages carry it. */
    String formToken() {
        if (formToken == null) {
            formToken = formTokenIn(get("/").body());
        }
        return formToken;
    }

    static String formTokenIn(String page) {
        Matcher m = FORM_TOKEN.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form token on the page: " + page);
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
