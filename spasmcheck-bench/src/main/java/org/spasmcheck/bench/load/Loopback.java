package org.spasmcheck.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The load driver only ever talks to this machine: a target must be {@code localhost} or a loopback address
 * (127.0.0.0/8, [::1]). Other names are refused without being looked up.
 */
public final class Loopback {
    private static final String ALLOWED = "localhost, 127.0.0.0/8 or [::1]";
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Loopback() {
    }

    /**
     * @return {@code target}
     * @throws IllegalArgumentException naming the target's host when it is not a loopback address
     */
    public static URI require(URI target) {
        String host = target.getHost();
        if (host == null || !isLoopback(host)) {
            throw new IllegalArgumentException("the load driver only targets this machine: host '" + host + "' of "
                    + target.getScheme() + "://" + target.getAuthority() + " is not " + ALLOWED);
        }
        return target;
    }

    private static boolean isLoopback(String host) {
        boolean literal = IPV4_LITERAL.matcher(host).matches() || host.startsWith("[");
        if (!literal && !"localhost".equalsIgnoreCase(host)) {
            return false;
        }
        try {
            // A literal is parsed, not looked up; localhost comes from the hosts file and must map only to loopback.
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
