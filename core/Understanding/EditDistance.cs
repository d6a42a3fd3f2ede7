namespace InternalTthc.Core.Understanding;

/// <summary>Typo tolerance: one substitution, insertion, deletion or swap of two neighbours ("khua" for "khau").</summary>
internal static class EditDistance
{
    public static bool WithinOne(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        int endA = a.Length - 1, endB = b.Length - 1;
        while (endA >= start && endB >= start && a[endA] == b[endB])
        {
            endA--;
            endB--;
        }
        int restA = endA - start + 1, restB = endB - start + 1;
        // What differs after trimming the common ends: one character, nothing on one side, or a swapped pair.
        return (restA <= 1 && restB <= 1)
            || (restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]);
    }
}
