using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Catalog;

/// <summary>The catalog's office hours given to the working-time calendar.</summary>
public static class CatalogCalendar
{
    /// <summary>
    /// The options with each jurisdiction's catalog hours; hours set in the settings for a jurisdiction still win (the
    /// administrator's), and a jurisdiction whose file says <c>inherit</c> keeps the default hours.
    /// </summary>
    public static CalendarOptions WithOfficeHours(this CalendarOptions options, ProcedureCatalog catalog) =>
        options with { CatalogHours = HoursOf(catalog) };

    /// <summary>Each jurisdiction's own hours from its file (none for one that inherits the default).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<OfficeHoursVariant>> HoursOf(ProcedureCatalog catalog) =>
        catalog.Jurisdictions.Where(j => j.Policy.OfficeHours is { Variants.Count: > 0 })
            .ToDictionary(j => j.Code, j => j.Policy.OfficeHours!.Variants, StringComparer.OrdinalIgnoreCase);
}
