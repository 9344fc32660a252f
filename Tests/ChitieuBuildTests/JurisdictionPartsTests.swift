@testable import ChitieuPages
import Foundation
import Testing

/// A jurisdiction's shared tables are made once however many pages ask at once, and let go
/// after the last of them.
struct JurisdictionPartsTests {
    static let parts = JurisdictionParts.Parts(targetTables: [:], resultsTable: nil, targetsChart: "<svg/>", resultsChart: nil)

    @Test func madeOnceAndLetGoAfterTheLastUser() {
        let shared = JurisdictionParts()
        var made = 0
        for user in 1...3 {
            let parts = shared.parts(of: "ninh-binh", users: 3) { made += 1; return Self.parts }
            #expect(parts.targetsChart == "<svg/>")
            #expect(shared.count == (user < 3 ? 1 : 0))
        }
        #expect(made == 1)
        _ = shared.parts(of: "ninh-binh", users: 1) { made += 1; return Self.parts }
        #expect(made == 2 && shared.count == 0)
    }

    @Test func pagesAskingAtOnceWaitForOneMaking() {
        let shared = JurisdictionParts()
        let lock = NSLock()
        nonisolated(unsafe) var made: [String: Int] = [:]
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            let id = "unit-\(index % 8)"
            _ = shared.parts(of: id, users: 5) {
                Thread.sleep(forTimeInterval: 0.002)
                lock.withLock { made[id, default: 0] += 1 }
                return Self.parts
            }
        }
        #expect(made.count == 8 && made.values.allSatisfy { $0 == 1 })
        #expect(shared.count == 0)
    }
}
