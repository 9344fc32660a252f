/// Splits formula text into numbers, names, operators and punctuation.
struct FormulaLexer {
    enum Token: Hashable {
        case number(Double)
        case name(String)
        case symbol(Character)
        case end
    }

    struct Located: Hashable {
        let token: Token
        let offset: Int
    }

    static func tokens(_ text: String) -> Result<[Located], FormulaError> {
        let characters = Array(text)
        var tokens: [Located] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isASCII && (character.isNumber || character == ".") {
                let start = index
                while index < characters.count, characters[index].isASCII, characters[index].isNumber || characters[index] == "." {
                    index += 1
                }
                guard let value = Double(String(characters[start..<index])) else {
                    return .failure(FormulaError("'\(String(characters[start..<index]))' is not a number", at: start))
                }
                tokens.append(Located(token: .number(value), offset: start))
            } else if character.isASCII && (character.isLetter || character == "_") {
                let start = index
                while index < characters.count, characters[index].isASCII,
                      characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                    index += 1
                }
                tokens.append(Located(token: .name(String(characters[start..<index])), offset: start))
            } else if "+-*/(),".contains(character) {
                tokens.append(Located(token: .symbol(character), offset: index))
                index += 1
            } else {
                return .failure(FormulaError("unexpected character '\(character)'", at: index,
                                             hint: "formulas use numbers, indicator ids, + - * / ( ) and functions"))
            }
        }
        tokens.append(Located(token: .end, offset: characters.count))
        return .success(tokens)
    }
}
