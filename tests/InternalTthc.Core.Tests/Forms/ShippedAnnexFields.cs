using InternalTthc.Core.Catalog;
using InternalTthc.Core.Tests.Catalog;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>Every rows field of every procedure in the shipped catalog files.</summary>
internal static class ShippedAnnexFields
{
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var (procedure, field) in Fields())
        {
            data.Add(procedure.Code, field.Name);
        }

        return data;
    }

    public static (Procedure Procedure, FormField Field) Find(string procedureCode, string fieldName) =>
        Fields().Single(x => x.Procedure.Code == procedureCode && x.Field.Name == fieldName);

    public static IEnumerable<(Procedure Procedure, FormField Field)> Fields() =>
        from path in System.IO.Directory.GetFiles(PublishedCatalogTests.Folder, "*.json").Where(p => !CatalogChanges.IsChangeFile(p)).Order(StringComparer.Ordinal)
        let file = new CatalogLoader().Parse(Path.GetFileName(path), File.ReadAllText(path)).File!
        from procedure in file.Procedures
        from field in procedure.Form
        where field.Type == FieldType.Rows
        select (procedure, field);
}
