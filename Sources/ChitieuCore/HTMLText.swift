/// Escapes text for HTML and XML content and attribute values alike (`&`, `<`, `>`, `"`, `'`):
/// every name, unit, source and narrative value Chitieu places itself goes through here.
public enum HTMLText {
    public static func escape(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for character in string {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
