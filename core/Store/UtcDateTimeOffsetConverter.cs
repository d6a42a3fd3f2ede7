using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InternalTthc.Core.Store;

/// <summary>Stores a moment as a UTC DateTime and reads it back with offset zero.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
