import ChitieuCore

/// The few words charts draw themselves, in both languages.
enum ChartWords {
    static func reference(_ language: Language) -> String { language == .vi ? "mục tiêu quốc gia" : "national target" }
    static func noData(_ language: Language) -> String { language == .vi ? "không có số liệu" : "no data" }
    static func total(_ language: Language) -> String { language == .vi ? "tổng" : "total" }
    static func barChart(_ language: Language) -> String { language == .vi ? "Biểu đồ cột ngang" : "Horizontal bar chart" }
    static func stackedChart(_ language: Language) -> String { language == .vi ? "Biểu đồ cơ cấu" : "Stacked bar chart" }
}
