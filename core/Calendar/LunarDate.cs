using System.Collections.Immutable;

namespace InternalTthc.Core.Calendar;

/// <summary>A day of the Vietnamese lunar calendar (âm lịch). A leap month repeats the number of the month before it.</summary>
public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth = false)
{
    private static readonly ImmutableArray<string> Stems =
        ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];

    private static readonly ImmutableArray<string> Branches =
        ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The sexagenary name of the lunar year, e.g. "Bính Ngọ" for 2026 (the cycle restarts at Giáp Tý, year 4).</summary>
    public string YearName => $"{Stems[(Year + 6) % 10]} {Branches[(Year + 8) % 12]}";

    /// <summary>"d/m/yyyy", with "nhuận" after the month of a leap month: "1/3 nhuận/2031".</summary>
    public override string ToString() => $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : "")}/{Year}";
}
