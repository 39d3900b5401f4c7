package org.tandem.roster;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps the REST pull from being pointed at the instance's own network (server-side request
 * forgery): a provider URL whose host is, or resolves to, a loopback, private, link-local (the
 * cloud metadata service at 169.254.169.254), carrier-grade NAT, unique-local, multicast or
 * unspecified address is refused, unless {@code tandem.roster.rest.allow-private-addresses} says a
 * district's provider may live on such a network (tests and local development run the provider on
 * loopback). Checked when the settings are saved and again before every request, since a name may
 * resolve elsewhere later; redirects are never followed, so a public provider cannot bounce a pull inward.
 */
final class ProviderAddresses {

    private ProviderAddresses() {
    }

    /** Why this address may not be called, or null when it is a public address. */
    static String forbidden(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address (such as a cloud metadata service)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) {
                return "a reserved address";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a private address (carrier-grade NAT)";
            }
            if (first == 198 && (second == 18 || second == 19) || first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "a reserved address";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private address (IPv6 unique local)";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "a private address (IPv6 site local)";
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return embedded(b, 2); // 6to4: 2002:AABB:CCDD::/48 carries the IPv4 address AA.BB.CC.DD
            }
            if (isZero(b, 0, 12)) {
                return embedded(b, 12); // IPv4-compatible ::a.b.c.d
            }
            if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return embedded(b, 12); // IPv4-mapped ::ffff:a.b.c.d (Java usually gives an Inet4Address)
            }
        }
        return null;
    }

    /**
     * Why a pull may not call this URL's host (every address it resolves to is checked), or null when
     * it may. A name that does not resolve is null here: the request then fails with its own reason.
     */
    static String forbidden(URI uri, boolean allowPrivate) {
        if (allowPrivate || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
        for (InetAddress address : addresses) {
            String why = forbidden(address);
            if (why != null) {
                return uri.getHost() + (address.getHostAddress().equals(host) ? "" : " (" + address.getHostAddress() + ")")
                        + ", " + why + "; Tandem does not call private, loopback or link-local addresses";
            }
        }
        return null;
    }

    private static String embedded(byte[] b, int from) {
        try {
            InetAddress v4 = InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
            String why = forbidden(v4);
            return why == null ? null : why + " (embedded in an IPv6 address)";
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
