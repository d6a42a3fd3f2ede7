using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Tests.Support;

/// <summary>A small directory for the test catalog: an IT centre with agents, its department, two requesting units.</summary>
public static class TestDirectory
{
    public const string RequestingUnit = "tst-so-noi-vu";
    public const string OtherUnit = "tst-so-tai-chinh";

    public static DirectoryImport Create(ProcedureCatalog catalog)
    {
        var agencies = CatalogAgencyImport.From(catalog);
        return new DirectoryImport
        {
            Units =
            [
                .. agencies.Units,
                new ImportedUnit(RequestingUnit, "Sở Nội vụ (thử)", TestCatalog.Jurisdiction, UnitLevel.Department, null),
                new ImportedUnit(OtherUnit, "Sở Tài chính (thử)", TestCatalog.Jurisdiction, UnitLevel.Department, null),
            ],
            People =
            [
                Person("focal", RequestingUnit, new ImportedRole(Role.FocalPoint)),
                Person("staff", RequestingUnit),
                Person("other-focal", OtherUnit, new ImportedRole(Role.FocalPoint)),
                Person("agent", "tst-center", new ImportedRole(Role.Agent)),
                Person("agent2", "tst-center", new ImportedRole(Role.Agent)),
                Person("center-leader", "tst-center", new ImportedRole(Role.Leader)),
                Person("leader", "tst-dept", new ImportedRole(Role.DecidingAuthority)),
                Person("admin", "tst-dept", new ImportedRole(Role.Administrator)),
            ],
        };
    }

    private static ImportedPerson Person(string login, string unit, params ImportedRole[] roles) => new()
    {
        Login = login, FullName = $"Người thử {login}", Position = "Chuyên viên", UnitCode = unit, Roles = roles,
        Email = $"{login}@test.gov.vn",
    };
}
