using InternalTthc.Core.Calendar;

namespace InternalTthc.Core.Catalog;

/// <summary>The catalog's office hours given to the working-time calendar.</summary>
public static class CatalogCalendar
{
    /// <summary>
    /// The options with each jurisdiction's catalog hours added; hours set in the settings for a jurisdiction win (the
    /// administrator's), and a jurisdiction whose file says <c>inherit</c> keeps the default hours.
    /// </summary>
    public static CalendarOptions WithOfficeHours(this CalendarOptions options, ProcedureCatalog catalog)
    {
        var hours = new Dictionary<string, IReadOnlyList<OfficeHoursVariant>>(options.Jurisdictions, StringComparer.OrdinalIgnoreCase);
        foreach (var j in catalog.Jurisdictions)
        {
            if (j.Policy.OfficeHours is { Variants.Count: > 0 } own && !hours.ContainsKey(j.Code))
            {
                hours[j.Code] = own.Variants;
            }
        }

        return options with { Jurisdictions = hours };
    }
}
