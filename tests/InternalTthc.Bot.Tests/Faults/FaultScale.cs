namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// How hard the fault and fuzz suites push: the short form by default (CI, ./test.sh), the long one with
/// INTERNALTTHC_FAULTS=long (10 rounds of 200 concurrent submissions; 100 cases through a 2-hour connector outage;
/// 8 SQLite writers of 400 units of work each).
/// </summary>
public static class FaultScale
{
    public const string Variable = "INTERNALTTHC_FAULTS";

    public static bool Long => Environment.GetEnvironmentVariable(Variable) == "long";

    public static int Rounds => Long ? 10 : 2;

    public static int Submissions => Long ? 200 : 20;

    /// <summary>Cases that go through the connector's outage, each with several steps.</summary>
    public static int OutageCases => Long ? 100 : 6;

    /// <summary>
    /// How long an instance may take to answer after it was started, in both forms: a bound for a start that hangs, not a
    /// timing. Restarted under the load of hundreds of people on a shared machine a start took more than two minutes, and
    /// so did a short form's at load average 70.
    /// </summary>
    public static TimeSpan StartLimit => TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a person waits for one answer: in the long form 200 turns at once on a shared 2-core machine took longer
    /// than HttpClient's 100 seconds (slow, not failed: every one was answered once waited for).
    /// </summary>
    public static TimeSpan AnswerLimit => Long ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(100);

    /// <summary>Writers on one SQLite file, and the units of work of each.</summary>
    public static (int Writers, int Writes) SqliteWriters => Long ? (8, 400) : (4, 40);

    /// <summary>The machine's load average (1, 5, 15 minutes), printed beside the long forms' figures on a shared machine.</summary>
    public static string LoadAverage => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
