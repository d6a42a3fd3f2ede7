using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InternalTthc.Core.Store;

/// <summary>
/// An entity type's INSERT up to its values, its properties and their type mappings: the same for every row, kept on the
/// model (a runtime annotation, as EF keeps its own derived metadata) instead of looked up for every row written.
/// </summary>
internal sealed record InsertShape(string Head, IProperty[] Properties, RelationalTypeMapping[] Mappings)
{
    private const string Annotation = "InternalTthc:InsertShape";

    public static InsertShape Of(IEntityType type, ISqlGenerationHelper names) =>
        type.GetOrAddRuntimeAnnotationValue(Annotation, t => Make(t!, names), type);

    /// <summary>
    /// Appends a row's INSERT up to its closing parenthesis to <paramref name="sql"/>, each value (<paramref name="valueOf"/>)
    /// as a parameter made by its column's type mapping (converted as SaveChanges converts it) and added to <paramref name="values"/>.
    /// </summary>
    public void Append(StringBuilder sql, List<DbParameter> values, DbCommand factory, ISqlGenerationHelper names, Func<IProperty, object?> valueOf)
    {
        sql.Append(Head);
        for (var i = 0; i < Properties.Length; i++)
        {
            var p = Properties[i];
            var name = names.GenerateParameterName(string.Create(CultureInfo.InvariantCulture, $"p{values.Count}"));
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"{{{values.Count}}}");
            values.Add(Mappings[i].CreateParameter(factory, name, valueOf(p), p.IsNullable));
        }
    }

    private static InsertShape Make(IEntityType type, ISqlGenerationHelper names)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        IProperty[] properties = [.. type.GetProperties()];
        var head = new StringBuilder("INSERT INTO ").Append(names.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", properties.Select(p => names.DelimitIdentifier(p.GetColumnName(table)!))).Append(") VALUES (");
        return new InsertShape(head.ToString(), properties, [.. properties.Select(p => p.GetRelationalTypeMapping())]);
    }
}
