package org.bss.marketplace;

import java.net.URI;
import java.net.URISyntaxException;
import org.bss.common.ValidationException;

/**
 * The rule of a marketplace's branding URL (MKT-2 layout; the contract's saveBrandingUrl): the address of the
 * stylesheet of its service portal pages, an absolute http or https URL of at most 255 characters, kept without
 * surrounding spaces; none (null or blank) means the portal's own style.
 */
public final class BrandingUrl {

    public static final int MAX = 255;

    private BrandingUrl() {}

    /**
     * @return the URL without surrounding spaces, or null for none
     * @throws ValidationException too long, or not an absolute http(s) URL with a host
     */
    public static String check(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String stripped = url.strip();
        if (stripped.length() > MAX) {
            throw new ValidationException(
                    "marketplace.brandingUrl.tooLong", String.valueOf(MAX), String.valueOf(stripped.length()));
        }
        try {
            URI uri = new URI(stripped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ValidationException("marketplace.brandingUrl.invalid", stripped);
            }
        } catch (URISyntaxException e) {
            throw new ValidationException("marketplace.brandingUrl.invalid", stripped);
        }
        return stripped;
    }
}
