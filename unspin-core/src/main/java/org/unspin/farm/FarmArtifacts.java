package org.unspin.farm;

import java.util.List;

/**
 * The wrapper a content farm puts around a copied story.
 *
 * @param adSlots ad shortcodes such as {@code [ad_1]}, in page order
 * @param sourceLink the "Source link" footer, or null
 * @param commentForm whether the page carries a "Leave a Reply" comment form
 * @param widgets tickers, related-post lists, share bars and similar widgets
 * @param wireCredits wire-service credit lines and datelines
 */
public record FarmArtifacts(
    List<AdSlot> adSlots,
    SourceLink sourceLink,
    boolean commentForm,
    List<Widget> widgets,
    List<WireCredit> wireCredits) {

  public FarmArtifacts {
    adSlots = List.copyOf(adSlots);
    widgets = List.copyOf(widgets);
    wireCredits = List.copyOf(wireCredits);
  }

  /** No artifacts at all. */
  public static FarmArtifacts none() {
    return new FarmArtifacts(List.of(), null, false, List.of(), List.of());
  }

  /** Whether anything farm-like was found. */
  public boolean isEmpty() {
    return adSlots.isEmpty()
        && sourceLink == null
        && !commentForm
        && widgets.isEmpty()
        && wireCredits.isEmpty();
  }

  /** An ad shortcode such as {@code [ad_1]}. */
  public record AdSlot(String marker) {}

  /** The "Source link" footer pointing at the copied original. */
  public record SourceLink(String text, String href) {}

  /**
   * A widget: {@code kind} is one of ticker, related, share, cartoon, newsletter, tags, nav, other.
   */
  public record Widget(String kind, String text) {}

  /** A wire-service credit or dateline, e.g. agency "Reuters", text "(Reporting by …)". */
  public record WireCredit(String agency, String text) {}
}
