namespace InternalTthc.Core.Calendar;

/// <summary>
/// The lunar months from month 11 of one year (the one holding the winter solstice of solar year
/// <see cref="SolsticeYear"/> − 1) up to, not including, the next month 11.
/// </summary>
/// <param name="Starts">Julian Day Numbers of the month starts; the last entry is the next month 11 (an end bound).</param>
/// <param name="LeapIndex">Index in <paramref name="Starts"/> of the leap month, or 0 when the span has 12 months.</param>
internal sealed record LunarYearTable(int SolsticeYear, int[] Starts, int LeapIndex)
{
    public int MonthCount => Starts.Length - 1;

    public int Start => Starts[0];

    public int End => Starts[^1];

    /// <summary>Number, lunar year and leap flag of the month at <paramref name="index"/>.</summary>
    public (int Month, int Year, bool Leap) MonthAt(int index)
    {
        // Months from the leap one onward take the number of the month before them.
        int ordinal = LeapIndex > 0 && index >= LeapIndex ? index - 1 : index;
        int month = (ordinal + 10) % 12 + 1; // ordinal 0 is month 11, 1 is month 12, 2 is month 1 (Tết)
        int year = ordinal < 2 ? SolsticeYear - 1 : SolsticeYear;
        return (month, year, index == LeapIndex && LeapIndex > 0);
    }

    /// <summary>Index of the month that contains <paramref name="jdn"/>; the day must lie in the span.</summary>
    public int IndexOf(int jdn)
    {
        int index = MonthCount - 1;
        while (Starts[index] > jdn)
        {
            index--;
        }
        return index;
    }

    public int IndexOf(int month, int year, bool leap)
    {
        for (int i = 0; i < MonthCount; i++)
        {
            if (MonthAt(i) == (month, year, leap))
            {
                return i;
            }
        }
        return -1;
    }
}
