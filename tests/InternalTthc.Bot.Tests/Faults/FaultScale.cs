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

    /// <summary>Writers on one SQLite file, and the units of work of each.</summary>
    public static (int Writers, int Writes) SqliteWriters => Long ? (8, 400) : (4, 40);
}
