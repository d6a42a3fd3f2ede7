using System.Data.Common;
using System.Globalization;
using System.Text;
using InternalTthc.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InternalTthc.Core.Store;

/// <summary>
/// A new case's rows (the case, its timeline, an outbox row per event) as INSERT statements with their values, made from
/// the model by the filing's own request before it queues for SQLite's single writer: the writer only sets the code it
/// allocates and runs them. EF's SaveChanges made the same statements inside the writer's serial section, where every
/// filing waits for the ones before it (nine tenths of its time was EF's, a tenth SQLite's).
/// </summary>
internal sealed class CaseInsert
{
    private readonly string _sql;
    private readonly DbParameter[] _values;
    private readonly DbParameter _code;

    private CaseInsert(string sql, DbParameter[] values, DbParameter code) => (_sql, _values, _code) = (sql, values, code);

    /// <summary>
    /// The rows of <paramref name="c"/> as <paramref name="db"/>'s model maps them, <paramref name="columns"/> having set the
    /// stored columns that are not the case's own; <paramref name="db"/> is left tracking nothing of them.
    /// </summary>
    public static CaseInsert Of(TthcDbContext db, Case c, Action<EntityEntry<Case>> columns)
    {
        var tracker = db.ChangeTracker;
        var detects = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false; // the rows are new: nothing to compare
        var entry = db.Cases.Add(c);
        List<EntityEntry> rows = [entry, .. c.Timeline.Select(e => db.Entry(e)), .. db.QueueCaseEvents(c.Timeline).Select(m => db.Entry(m))];
        try
        {
            columns(entry);
            using var factory = db.Database.GetDbConnection().CreateCommand();
            var names = db.GetService<ISqlGenerationHelper>();
            var sql = new StringBuilder();
            var values = new List<DbParameter>();
            DbParameter? code = null;
            foreach (var row in rows)
            {
                var shape = Shape.Of(row.Metadata, names);
                sql.Append(shape.Head);
                for (var i = 0; i < shape.Properties.Length; i++)
                {
                    var p = shape.Properties[i];
                    var value = shape.Mappings[i].CreateParameter(factory, names.GenerateParameterName(string.Create(CultureInfo.InvariantCulture, $"p{values.Count}")), row.Property(p).CurrentValue, p.IsNullable);
                    sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"{{{values.Count}}}");
                    values.Add(value);
                    if (row == entry && p.Name == nameof(Case.Code))
                    {
                        code = value;
                    }
                }

                sql.Append(");\n");
            }

            return new CaseInsert(sql.ToString(), [.. values], code!);
        }
        finally
        {
            rows.ForEach(r => r.State = EntityState.Detached);
            tracker.AutoDetectChangesEnabled = detects;
        }
    }

    /// <summary>
    /// An entity type's INSERT up to its values, its properties and their type mappings: the same for every case, kept on
    /// the model (a runtime annotation, as EF keeps its own derived metadata) instead of looked up for every row filed.
    /// </summary>
    private sealed record Shape(string Head, IProperty[] Properties, RelationalTypeMapping[] Mappings)
    {
        private const string Annotation = "InternalTthc:CaseInsertShape";

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

    /// <summary>Inserts the rows with <paramref name="code"/>, inside the writer's transaction; a row the store refuses fails as SaveChanges would.</summary>
    public async Task<int> RunAsync(TthcDbContext store, string? code, CancellationToken cancellationToken)
    {
        _code.Value = (object?)code ?? DBNull.Value;
        try
        {
            return await store.Database.ExecuteSqlRawAsync(_sql, _values, cancellationToken);
        }
        catch (DbException e) when (RefusedWrite.Is(e))
        {
            throw new DbUpdateException(e.Message, e);
        }
    }
}
