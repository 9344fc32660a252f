extension CalendarDate {
    /// The next day: the day a successor takes over from a unit that ended on this one.
    public var next: CalendarDate {
        CalendarDate(year: year, month: month, day: day + 1)
            ?? CalendarDate(year: year, month: month + 1, day: 1)
            ?? CalendarDate(year: year + 1, month: 1, day: 1)!
    }
}
