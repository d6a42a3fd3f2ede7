using static InternalTthc.Core.Tests.Forms.AnnexTestField;
using static InternalTthc.Testing.TestWorkbook;
using InternalTthc.Testing;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>Cells Excel stored as numbers: phones and IDs that lost their zeros, dates as day numbers, whole numbers.</summary>
public sealed class AnnexCellValueTests
{
    [Theory]
    [InlineData(912345678d, "0912345678")]       // mobile, 10 digits with its 0
    [InlineData(345678901d, "0345678901")]
    [InlineData(2923820123d, "02923820123")]     // Cần Thơ landline, 0292 area code
    [InlineData(84912345678d, "84912345678")]    // international form: left for the check to report
    [InlineData(12345d, "12345")]
    public void Phone_numbers_stored_as_numbers_get_back_the_trunk_zero_only_when_the_numbering_plan_is_certain(double stored, string expected)
    {
        Assert.Equal(expected, ReadOne(phone: stored)["phone"]);
    }

    [Theory]
    [InlineData(79123456789d, "079123456789")]   // Hồ Chí Minh City, one zero lost
    [InlineData(92123456789d, "092123456789")]   // Cần Thơ
    [InlineData(1123456789d, "001123456789")]    // Hà Nội, two zeros lost
    [InlineData(99123456789d, "99123456789")]    // 099 is no province: not padded
    [InlineData(3123456789d, "3123456789")]      // 003 is no province either
    [InlineData(361234567d, "361234567")]        // an old 9-digit CMND: left as it is
    [InlineData(123456789012d, "123456789012")]  // 12 digits, no exponent
    public void Citizen_IDs_stored_as_numbers_are_padded_only_to_a_real_province_code(double stored, string expected)
    {
        Assert.Equal(expected, ReadOne(citizenId: stored)["citizenId"]);
    }

    [Fact]
    public void An_ID_that_cannot_be_restored_is_reported_by_the_cell_check()
    {
        var result = Read(Create(Header(), [1, "Nguyễn Văn An", 99123456789d, "0912345678"]));

        Assert.Equal("dòng 2, cột \"Số CMND/CCCD\": số CCCD phải có 12 chữ số", Assert.Single(result.Faults).ToString());
    }

    [Fact]
    public void Date_columns_read_day_numbers_as_dd_MM_yyyy()
    {
        Assert.Equal("15/03/2024", ReadOne(birthDate: 45366d)["birthDate"]);
        Assert.Equal("29/02/1988", ReadOne(birthDate: new DateTime(1988, 2, 29))["birthDate"]);
        Assert.Equal("5/3/1990", ReadOne(birthDate: "5/3/1990")["birthDate"]);
    }

    [Fact]
    public void A_cell_shown_as_a_date_reads_as_a_date_in_any_column()
    {
        Assert.Equal("01/04/2025", ReadOne(note: new DateTime(2025, 4, 1))["note"]);
        Assert.Equal("01/04/2025 08:30", ReadOne(note: new DateTime(2025, 4, 1, 8, 30, 0))["note"]);
    }

    [Theory]
    [InlineData("12.0", "12")]
    [InlineData("12", "12")]
    [InlineData("3.5", "3.5")]
    [InlineData("1.23456789012E+11", "123456789012")]
    public void Numbers_read_without_a_trailing_zero_or_an_exponent(string stored, string expected)
    {
        Assert.Equal(expected, ReadOne(note: new RawNumber(stored))["note"]);
    }

    private static IReadOnlyDictionary<string, string> ReadOne(object? citizenId = null, object? phone = null, object? birthDate = null, object? note = null)
    {
        var result = Read(Create(Header(), [1, "Nguyễn Văn An", citizenId ?? "079123456789", phone ?? "0912345678", birthDate, note]));
        return Assert.Single(result.Rows);
    }
}
