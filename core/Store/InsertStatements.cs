using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InternalTthc.Core.Store;

/// <summary>
/// New rows as INSERT statements with their values, made from the model without tracking them: each value a parameter made
/// by its column's type mapping (converted as SaveChanges converts it). EF's Add, SaveChanges and detach cost several times
/// what running the statements does.
/// </summary>
internal sealed class InsertStatements(TthcDbContext db) : IDisposable
{
    private readonly DbCommand _factory = db.Database.GetDbConnection().CreateCommand(); // makes the parameters; never run
    private readonly ISqlGenerationHelper _names = db.GetService<ISqlGenerationHelper>();
    private readonly StringBuilder _sql = new();
    private readonly List<DbParameter> _values = [];

    public string Sql => _sql.ToString();

    public DbParameter[] Values => [.. _values];

    /// <summary>
    /// Appends a row of <paramref name="type"/>, each column's value read by <paramref name="valueOf"/>, then
    /// <paramref name="tail"/> (a conflict clause); returns the position of its first value.
    /// </summary>
    public int Append(IEntityType type, Func<IProperty, object?> valueOf, string tail = "")
    {
        var shape = Shape.Of(type, _names);
        var first = _values.Count;
        _sql.Append(shape.Head);
        for (var i = 0; i < shape.Properties.Length; i++)
        {
            var p = shape.Properties[i];
            var name = _names.GenerateParameterName(string.Create(CultureInfo.InvariantCulture, $"p{_values.Count}"));
            _sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"{{{_values.Count}}}");
            _values.Add(shape.Mappings[i].CreateParameter(_factory, name, valueOf(p), p.IsNullable));
        }

        _sql.Append(')').Append(tail).Append(";\n");
        return first;
    }

    /// <summary>Appends <paramref name="row"/>, an entity without shadow properties, its values read from the object itself.</summary>
    public void Append<T>(T row, string tail = "")
        where T : class =>
        Append(db.Model.FindEntityType(typeof(T))!, p => p.GetGetter().GetClrValueUsingContainingEntity(row), tail);

    /// <summary>The parameter of <paramref name="property"/> in the row of <paramref name="type"/> appended at <paramref name="first"/>.</summary>
    public DbParameter Parameter(int first, IEntityType type, string property) =>
        _values[first + Array.FindIndex(Shape.Of(type, _names).Properties, p => p.Name == property)];

    public void Dispose() => _factory.Dispose();

    /// <summary>
    /// An entity type's INSERT up to its values, its properties and their type mappings: the same for every row, kept on the
    /// model (a runtime annotation, as EF keeps its own derived metadata) instead of looked up for every row written.
    /// </summary>
    private sealed record Shape(string Head, IProperty[] Properties, RelationalTypeMapping[] Mappings)
    {
        private const string Annotation = "InternalTthc:InsertShape";

        public static Shape Of(IEntityType type, ISqlGenerationHelper names) =>
            type.GetOrAddRuntimeAnnotationValue(Annotation, t => Make(t!, names), type);

        private static Shape Make(IEntityType type, ISqlGenerationHelper names)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            IProperty[] properties = [.. type.GetProperties()];
            var head = new StringBuilder("INSERT INTO ").Append(names.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
                .AppendJoin(", ", properties.Select(p => names.DelimitIdentifier(p.GetColumnName(table)!))).Append(") VALUES (");
            return new Shape(head.ToString(), properties, [.. properties.Select(p => p.GetRelationalTypeMapping())]);
        }
    }
}
