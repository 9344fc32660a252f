import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with an argument list (no shell) in a process group of its own, with a time
/// limit. Foundation's `Process` could only signal the program itself: a child it started
/// lived on, and a shell waiting on one ignored the signal. Killing the group ends them all.
struct ChildProcess {
    enum Outcome: Equatable {
        case exited(Int32)
        case timedOut
    }

    let executable: String
    let arguments: [String]

    /// Runs to the end or to `timeLimit` seconds, stdout and stderr going to the two files.
    func run(timeLimit: Double, stdout: String, stderr: String) throws -> Outcome {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        // A program written a moment ago can still be open for writing in a child another
        // thread is forking (ETXTBSY) until that child execs; it clears within milliseconds.
        for _ in 0..<20 where spawned == ETXTBSY {
            usleep(20_000)
            spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        return wait(pid, timeLimit: timeLimit)
    }

    /// Polls every 10 ms: the limit is seconds, so the polling costs nothing that matters.
    func wait(_ pid: pid_t, timeLimit: Double) -> Outcome {
        let deadline = Date().addingTimeInterval(timeLimit)
        var status: Int32 = 0
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { return .exited(Self.exitStatus(status)) }
            usleep(10_000)
        }
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        return .timedOut
    }

    /// The exit status, or 128 + the signal for a program killed by one, as shells report it.
    static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
