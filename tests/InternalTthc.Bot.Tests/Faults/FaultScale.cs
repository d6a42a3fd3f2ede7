namespace InternalTthc.Bot.Tests.Faults;

/// <summary>
/// How hard the fault and fuzz suites push: the short form by default (CI, ./test.sh), the long one with
/// INTERNALTTHC_FAULTS=long (10 rounds of 200 concurrent submissions, PostgreSQL restarted with pg_ctlcluster).
/// </summary>
public static class FaultScale
{
    public const string Variable = "INTERNALTTHC_FAULTS";

    public static bool Long => Environment.GetEnvironmentVariable(Variable) == "long";

    public static int Rounds => Long ? 10 : 2;

    public static int Submissions => Long ? 200 : 20;
}
