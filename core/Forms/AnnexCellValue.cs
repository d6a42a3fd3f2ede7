using System.Globalization;
using System.Text;
using InternalTthc.Core.Catalog;

namespace InternalTthc.Core.Forms;

/// <summary>The text of a cell as the form takes it, by the column's type: dates, plain numbers, leading zeros.</summary>
internal static class AnnexCellValue
{
    // Excel's day numbers run from 1 (1900-01-01) to 2958465 (9999-12-31).
    private const double LastSerial = 2958466;

    public static string For(FormField column, AnnexCell cell)
    {
        // Composed form, so "Nguyễn" typed with combining marks compares equal to the catalog's texts.
        if (cell.Number is not { } number) return cell.Text.Trim().Normalize(NormalizationForm.FormC);

        var isDateColumn = column.Type is FieldType.Date or FieldType.DateTime;
        if ((isDateColumn || cell.DateStyled) && number is >= 1 and < LastSerial)
        {
            // Rounded to the minute: day fractions are binary and 10:30 may be stored as 10:29:59.999.
            var moment = DateTime.FromOADate(Math.Round(number * 24 * 60) / (24 * 60));
            var withTime = column.Type == FieldType.DateTime || (!isDateColumn && moment.TimeOfDay != TimeSpan.Zero);
            return moment.ToString(withTime ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        var plain = Plain(number);
        return column.Type switch
        {
            FieldType.Phone => AnnexLeadingZeros.Phone(plain),
            FieldType.CitizenId => AnnexLeadingZeros.CitizenId(plain),
            _ => plain,
        };
    }

    // Whole numbers without ".0" or an exponent (a 12-digit ID must not become 1.23E+11).
    private static string Plain(double number) =>
        Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
}
