import ChitieuCore
import ChitieuModel

/// Whether a target is on course, judged at the site's reporting date: achievement against the
/// share of the period already elapsed.
public enum TargetStatus: String, Hashable, Sendable, CaseIterable {
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case noData = "no_data"

    /// Points of achievement a target may trail the elapsed share and still be on track, and how
    /// far before it is off track.
    static let onTrackSlack = 10.0
    static let atRiskSlack = 25.0

    /// `achievement` in percent; `elapsed` the share of the period gone, 0–1.
    public static func judge(achievement: Double?, elapsed: Double) -> TargetStatus {
        guard let achievement else { return .noData }
        let expected = min(max(elapsed, 0), 1) * 100
        if expected >= 100 { return achievement >= 100 ? .onTrack : .offTrack }
        if achievement >= expected - onTrackSlack { return .onTrack }
        if achievement >= expected - atRiskSlack { return .atRisk }
        return .offTrack
    }

    /// The share of `period` elapsed on `date`: 0 before it starts, 1 after it ends.
    public static func elapsed(_ period: Period, on date: CalendarDate) -> Double {
        if date.year < period.start { return 0 }
        if date.year > period.end { return 1 }
        let years = Double(date.year - period.start) + Double(date.dayOfYear) / Double(date.daysInYear)
        return min(years / Double(period.years), 1)
    }
}
