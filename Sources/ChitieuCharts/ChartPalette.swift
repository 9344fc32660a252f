/// Colours from the Okabe–Ito palette, safe for the common colour-vision deficiencies, darkened
/// where text sits on them; patterns tell series apart when printed in grey.
public enum ChartPalette {
    public static let text = "#1a1a1a"
    public static let muted = "#4d4d4d"
    public static let grid = "#d0d4da"
    /// Blue, vermilion, bluish green, reddish purple, orange, sky blue, yellow.
    public static let series = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"]
    public static let highlight = "#D55E00"
    public static let reference = "#1a1a1a"

    static func color(_ index: Int) -> String { series[index % series.count] }
}
