/// About 2 KB of Markdown per language: headings, a list, a GFM table, values quoted from the
/// plan's own figures, a reference, and one embedded chart.
struct SyntheticNarrative {
    let spec: SyntheticPlans.Spec

    func value(_ index: Int, _ kind: String = "") -> String {
        "{value}`\(spec.jurisdiction)/\(spec.indicators[index % spec.indicators.count].id)/\(spec.period)\(kind.isEmpty ? "" : "/" + kind)`"
    }

    var chart: String {
        "```chitieu-chart\nchart: grouped\njurisdiction: \(spec.jurisdiction)\nperiods: [\(spec.period)]\n```\n"
    }

    func table(_ header: String, _ target: String, _ gap: String) -> String {
        var text = "| \(header) | \(target) | \(gap) |\n|---|---|---|\n"
        for index in 0..<5 { text += "| {ref}`\(spec.indicators[index].id)` | \(value(index)) | \(value(index, "gap")) |\n" }
        return text
    }

    func vi() -> String {
        """
        ## Bối cảnh (dữ liệu giả lập)

        Văn bản này là **dữ liệu giả lập**, không mô tả {ref}`\(spec.jurisdiction)` có thật. Kế hoạch đặt mục tiêu cho giai đoạn
        {ref}`\(spec.period)`, bám theo {ref}`vn-muc-tieu`, và giao các sở, ngành phối hợp thực hiện, báo cáo kết quả
        hằng năm. Phần lớn nội dung dưới đây được lặp lại ở mọi kế hoạch giả lập để đo tốc độ dựng trang.

        ## Mục tiêu chính

        - Chỉ tiêu thứ nhất đạt \(value(0)), chênh lệch \(value(0, "gap")) so với mục tiêu quốc gia.
        - Chỉ tiêu thứ hai đạt \(value(1)); chỉ tiêu thứ ba đạt \(value(2)).
        - Chỉ tiêu thứ tư đạt \(value(3)), trong khi chỉ tiêu thứ năm đạt \(value(4)).

        \(table("Chỉ tiêu", "Mục tiêu", "Chênh lệch"))
        \(chart)
        ## Tổ chức thực hiện

        Các cơ quan *giả lập* rà soát nhu cầu, lập kế hoạch hằng năm và bố trí kinh phí theo phân cấp ngân sách. Việc
        kiểm tra, giám sát được tiến hành định kỳ; kết quả được tổng hợp vào báo cáo năm, so sánh với mục tiêu và với các
        địa phương khác. Những khó khăn phát sinh được báo cáo kịp thời để điều chỉnh; số liệu trên trang này chỉ dùng để thử.

        """
    }

    func en() -> String {
        """
        ## Background (synthetic data)

        This document is **synthetic data** and describes no real {ref}`\(spec.jurisdiction)`. The plan sets targets for
        {ref}`\(spec.period)`, following {ref}`vn-muc-tieu`, and asks the departments to work together and report each
        year. Most of the text below is repeated in every synthetic plan, to measure how fast pages are built.

        ## Main targets

        - The first indicator reaches \(value(0)), a gap of \(value(0, "gap")) to the national target.
        - The second reaches \(value(1)); the third reaches \(value(2)).
        - The fourth reaches \(value(3)), while the fifth reaches \(value(4)).

        \(table("Indicator", "Target", "Gap"))
        \(chart)
        ## Carrying it out

        The *synthetic* agencies review needs, plan every year and budget according to the budget hierarchy. Inspection
        and supervision happen regularly; the results go into the annual report, compared with the targets and with other
        places. Problems are reported promptly so that the plan can be adjusted; the figures here are for testing only.

        """
    }
}
