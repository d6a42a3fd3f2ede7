using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Administration;

/// <summary>Who administers what: the jurisdictions of the units a person holds the Administrator role for.</summary>
public sealed class AdministratorScope(IDirectoryStore directory)
{
    /// <summary>The jurisdictions the person keeps; empty when he is no administrator (or inactive).</summary>
    public async Task<IReadOnlySet<string>> JurisdictionsAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var roles = await directory.GetPersonRolesAsync(person.Id, cancellationToken);
        var jurisdictions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles?.Roles.Where(r => r.Role == Role.Administrator) ?? [])
        {
            if (await directory.FindUnitAsync(role.UnitId, cancellationToken) is { } unit) jurisdictions.Add(unit.JurisdictionCode);
        }

        return jurisdictions;
    }

    /// <summary>Whether the person's unit lies in <paramref name="jurisdictions"/> (null: the operator, who keeps all).</summary>
    public async Task<bool> KeepsAsync(IReadOnlySet<string>? jurisdictions, Guid? personId, CancellationToken cancellationToken)
    {
        if (jurisdictions is null || personId is null) return true;
        var person = await directory.FindPersonAsync(personId.Value, cancellationToken);
        var unit = person is null ? null : await directory.FindUnitAsync(person.UnitId, cancellationToken);
        return unit is not null && jurisdictions.Contains(unit.JurisdictionCode);
    }
}
