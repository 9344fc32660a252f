#!/usr/bin/env python3
"""Writes a synthetic Hugo project shaped like a Chitieu site at scale 1, so that scripts/bench-hugo
can time Hugo on comparable pages: each page has about 2 KB of Markdown (headings, lists, a GFM
table) and 30 data rows in its front matter, which the templates render as a 30-row HTML table and
an SVG bar chart computed with Hugo's math functions. Every value is made up (marked synthetic in
the site title and on every page) and the same for the same --pages and --seed.

Usage: make_site.py DIR [--pages N] [--seed S]
"""

import argparse
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
SECTIONS = 63
ROWS = 30
MARKDOWN_BYTES = 2000

SYLLABLES = [
    "an", "bình", "châu", "đông", "giang", "hà", "hải", "hòa", "hưng", "khánh", "lâm", "long",
    "minh", "nam", "ninh", "phú", "phước", "quảng", "sơn", "tân", "thái", "thanh", "thuận", "tiền",
    "trà", "trung", "tuyên", "vĩnh", "xuân", "yên",
]
WORDS = [
    "chỉ tiêu", "kế hoạch", "ngân sách", "đầu tư", "giáo dục", "y tế", "hạ tầng", "nông nghiệp",
    "công nghiệp", "dịch vụ", "thu nhập", "việc làm", "giảm nghèo", "môi trường", "chuyển đổi số",
    "tăng trưởng", "dân số", "đô thị", "nông thôn", "giao thông", "năng lượng", "văn hóa", "du lịch",
    "xuất khẩu", "doanh nghiệp", "thực hiện", "đạt", "vượt", "duy trì", "nâng cao", "bảo đảm",
    "triển khai", "giai đoạn", "bình quân", "hằng năm", "tỉnh", "huyện", "xã", "hộ gia đình",
]
INDICATORS = [
    "Tăng trưởng GRDP", "GRDP bình quân đầu người", "Thu ngân sách", "Vốn đầu tư xã hội",
    "Kim ngạch xuất khẩu", "Tỷ lệ hộ nghèo", "Tỷ lệ lao động qua đào tạo", "Bác sĩ trên vạn dân",
    "Giường bệnh trên vạn dân", "Tỷ lệ bao phủ BHYT", "Trường đạt chuẩn quốc gia", "Xã nông thôn mới",
    "Tỷ lệ đô thị hóa", "Tỷ lệ che phủ rừng", "Nước sạch nông thôn", "Chất thải rắn được thu gom",
    "Doanh nghiệp thành lập mới", "Khách du lịch", "Điện thương phẩm", "Đường giao thông cứng hóa",
    "Thuê bao băng rộng", "Dịch vụ công trực tuyến", "Tuổi thọ trung bình", "Tỷ lệ sinh",
    "Diện tích lúa", "Sản lượng thủy sản", "Giá trị công nghiệp", "Tổng mức bán lẻ",
    "Nhà ở kiên cố", "Thu nhập bình quân",
]
UNITS = ["%", "triệu đồng", "tỷ đồng", "người", "xã", "trường", "nghìn lượt", "km"]


def name(rng: random.Random, parts: int) -> str:
    return " ".join(rng.choice(SYLLABLES) for _ in range(parts)).title()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 14))]
    return f"{' '.join(words).capitalize()} {rng.randint(2, 98)},{rng.randint(0, 9)}%."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def markdown(rng: random.Random, place: str) -> str:
    """About MARKDOWN_BYTES of UTF-8: headings, a bullet list, a GFM table, a numbered list, then prose."""
    years = ["2020", "2025", "2030"]
    table = ["| Chỉ tiêu | " + " | ".join(years) + " |", "|---|" + "--:|" * len(years)]
    for indicator in rng.sample(INDICATORS, 5):
        cells = " | ".join(f"{rng.uniform(1, 999):.1f}".replace(".", ",") for _ in years)
        table.append(f"| {indicator} | {cells} |")
    blocks = [
        f"## Tổng quan về {place}",
        paragraph(rng, 2),
        "### Mục tiêu chính",
        "\n".join(f"- **{rng.choice(INDICATORS)}**: {sentence(rng)}" for _ in range(4)),
        "## Bảng tóm tắt",
        "\n".join(table),
        "## Giải pháp",
        "\n".join(f"{n}. {sentence(rng)}" for n in range(1, 4)),
    ]
    text = "\n\n".join(blocks)
    while len(text.encode()) < MARKDOWN_BYTES:
        text += "\n\n" + paragraph(rng, 1)
    return text + "\n"


def front_matter(rng: random.Random, title: str, weight: int) -> str:
    lines = ["---", f'title: "{title} (dữ liệu tổng hợp)"', f"weight: {weight}", "date: 2025-01-01", "rows:"]
    for indicator in INDICATORS[:ROWS]:
        target = rng.uniform(10, 1000)
        value = target * rng.uniform(0.4, 1.3)
        lines += [
            f'  - name: "{indicator}"',
            f'    unit: "{rng.choice(UNITS)}"',
            f"    value: {value:.1f}",
            f"    target: {target:.1f}",
        ]
    return "\n".join(lines + ["---", ""])


def write(root: pathlib.Path, path: str, text: str) -> int:
    data = text.encode()
    file = root / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(data)
    return len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=pathlib.Path, help="the Hugo project folder to write (must not exist)")
    parser.add_argument("--pages", type=int, default=1500, help="content pages (default 1500)")
    parser.add_argument("--seed", type=int, default=9, help="random seed (default 9)")
    args = parser.parse_args()
    if args.pages < SECTIONS:
        parser.error(f"--pages must be at least {SECTIONS}")
    if args.dir.exists():
        parser.error(f"{args.dir} exists")
    rng = random.Random(args.seed)
    written = 0
    for template in sorted((HERE / "site").rglob("*")):
        if template.is_file():
            written += write(args.dir, str(template.relative_to(HERE / "site")), template.read_text())
    for section in range(SECTIONS):
        province = f"Tỉnh {name(rng, 2)} {section + 1:02d}"
        folder = f"content/tinh-{section + 1:02d}"
        written += write(args.dir, f"{folder}/_index.md", f'---\ntitle: "{province} (dữ liệu tổng hợp)"\n---\n')
        count = args.pages // SECTIONS + (1 if section < args.pages % SECTIONS else 0)
        for page in range(count):
            place = f"Huyện {name(rng, 2)}"
            body = front_matter(rng, f"Kế hoạch {place}", page + 1) + markdown(rng, place)
            written += write(args.dir, f"{folder}/ke-hoach-{page + 1:03d}.md", body)
    print(f"wrote {args.dir}: {args.pages} content pages in {SECTIONS} sections, {written / 1e6:.1f} MB (synthetic data)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
