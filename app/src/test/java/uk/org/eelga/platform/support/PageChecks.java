package uk.org.eelga.platform.support;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a council officer should never meet on a page, checked in the real browser: vendor and developer words,
 * council slugs, text cut off (scroll width past client width) and action buttons out of reach.
 */
public final class PageChecks {

    /** Words of vendors and developers, whole words, any case. */
    static final List<String> JARGON = List.of(
            "Keycloak",
            "Stripe",
            "stub",
            "client id",
            "client secret",
            "slug",
            "slugs",
            "tenant",
            "tenant id",
            "realm",
            "webhook",
            "outbox",
            "API",
            "JSON",
            "UUID",
            "OIDC",
            "IdP",
            "SQL",
            "null",
            "undefined",
            "NaN",
            "Exception",
            "stack trace",
            "localhost");

    /** Enum names and codes as stored, matched with their case. */
    private static final Pattern CODES = Pattern.compile("\\b(PENDING|ACCEPTED|REJECTED|ACTIVE|SUSPENDED|ONBOARDING"
            + "|PLANNED|CANCELLED|NOT_RATED|PAYMENT_FAILED|[A-Z]{3,}_[A-Z_]{3,})\\b"
            + "|\\b[a-z]+(?:[.-][a-z]+)*\\.[a-z-]+\\.[a-z-]+\\b");

    private static final Pattern ADDRESSES =
            Pattern.compile("\\S+@\\S+|https?://\\S+|\\b[\\w.-]+\\.(?:uk|com|org|demo|net|test)\\b");

    private PageChecks() {}

    /** The jargon, codes and council slugs in the page's visible text and title, one line each. */
    public static List<String> jargon(Page page, Collection<String> councilSlugs) {
        String text = page.title() + "\n" + page.evaluate("() => document.body.innerText");
        String plain = ADDRESSES.matcher(text).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (String word : JARGON) {
            Matcher m = Pattern.compile("(?i)(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])")
                    .matcher(plain);
            if (m.find()) {
                found.add(page.url() + " says \"" + word + "\": …" + around(plain, m.start()) + "…");
            }
        }
        Matcher code = CODES.matcher(plain);
        while (code.find()) {
            found.add(page.url() + " shows the code \"" + code.group() + "\": …" + around(plain, code.start()) + "…");
        }
        for (String slug : councilSlugs) {
            if (!slug.contains("-")) {
                continue; // one-word slugs are the council's name in lower case; the hyphenated ones give them away
            }
            Matcher m = Pattern.compile("(?<![\\w@./-])" + Pattern.quote(slug) + "(?![\\w-])")
                    .matcher(plain);
            if (m.find()) {
                found.add(page.url() + " shows the council slug \"" + slug + "\": …" + around(plain, m.start()) + "…");
            }
        }
        return found;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40))
                .replace('\n', ' ');
    }

    /**
     * Text that is cut: a grid cell, label, button, link, heading or paragraph whose content is wider than its box
     * while the box hides the rest (overflow not visible), or any of them reaching past the viewport's right edge.
     */
    @SuppressWarnings("unchecked")
    public static List<String> cutText(Page page) {
        return (List<String>)
                page.evaluate(
                        """
                () => {
                  const found = [];
                  const vw = document.documentElement.clientWidth;
                  if (document.documentElement.scrollWidth > vw + 1) {
                    found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + vw + ' px');
                  }
                  const sel = 'vaadin-grid-cell-content, label, vaadin-button, a, h1, h2, h3, p, td, th, li, dt, dd,'
                    + ' vaadin-side-nav-item, span.badge, [part~="label"]';
                  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
                  for (const el of document.querySelectorAll(sel)) {
                    const text = (el.innerText || '').trim();
                    if (!text || !visible(el)) continue;
                    // visually hidden on purpose until focused (the skip link): not cut, just out of sight
                    if (el.classList.contains('skip-link') || el.getBoundingClientRect().width <= 1) continue;
                    const style = getComputedStyle(el);
                    const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
                    if (hides && el.scrollWidth > el.clientWidth + 1) {
                      found.push('cut: "' + text.substring(0, 60) + '" (' + el.scrollWidth + ' px in ' + el.clientWidth + ' px)');
                      continue;
                    }
                    const r = el.getBoundingClientRect();
                    if (r.right > vw + 1 && el.closest('vaadin-grid') === null) {
                      found.push('past the right edge: "' + text.substring(0, 60) + '" (' + Math.round(r.right) + ' px of ' + vw + ' px)');
                    }
                  }
                  return found;
                }
                """);
    }

    /**
     * Action buttons (and links styled as buttons) the user cannot see without scrolling a box sideways: each must
     * lie inside the viewport's width and inside every scrolling box around it, including a grid's own scroller.
     */
    @SuppressWarnings("unchecked")
    public static List<String> actionsOutOfReach(Page page) {
        return (List<String>)
                page.evaluate(
                        """
                () => {
                  const found = [];
                  const vw = document.documentElement.clientWidth;
                  const up = el => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
                  for (const el of document.querySelectorAll('vaadin-button, button, [role=button]')) {
                    const r = el.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0 || el.closest('[hidden]')) continue;
                    if (el.closest('vaadin-side-nav, vaadin-app-layout > [slot=navbar], vaadin-app-layout > [slot=drawer], vaadin-drawer-toggle')) continue;
                    const name = (el.getAttribute('aria-label') || el.innerText || '').trim().substring(0, 50);
                    if (r.left < -1 || r.right > vw + 1) {
                      found.push('"' + name + '" is outside the screen (' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px of ' + vw + ')');
                      continue;
                    }
                    for (let box = up(el); box && box !== document.documentElement; box = up(box)) {
                      if (!(box instanceof Element)) break;
                      const s = getComputedStyle(box);
                      if (s.overflowX === 'visible') continue;
                      const b = box.getBoundingClientRect();
                      if (b.width === 0) continue;
                      if (r.left < b.left - 1 || r.right > b.right + 1) {
                        found.push('"' + name + '" is hidden in a box that scrolls sideways (' + (box.id || box.tagName.toLowerCase()) + ')');
                        break;
                      }
                    }
                  }
                  return found;
                }
                """);
    }
}
