using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Directory;

namespace InternalTthc.Bot.Administration;

/// <summary>
/// The administrator page as plain HTML made on the server: forms that work without script, each carrying the
/// anti-forgery token; everything shown from the store or a file is encoded, never markup.
/// </summary>
public static class AdminPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(AdminView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{T("PageTitle")}}</title><link rel="stylesheet" href="/admin.css"></head>
            <body>
            <header><h1>{{T("PageTitle")}}</h1><p>{{T("PageSignedIn", view.Administrator.FullName, string.Join(", ", view.Jurisdictions))}}</p></header>
            <main>
            """);
        Result(html, view.Result);
        Directory(html, view);
        Accounts(html, view);
        Calendar(html, view);
        html.Append($"<section id=\"danh-muc\"><h2>{T("SectionCatalog")}</h2><p>{T("CatalogSummary", view.Catalog.Procedures, view.Catalog.Jurisdictions, VietnamTime.Format(view.Catalog.LoadedAt))}</p>");
        html.Append($"<form method=\"post\" action=\"/quan-tri/danh-muc/nap-lai\">{Token(view)}<button type=\"submit\">{T("CatalogReload")}</button></form></section>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Result(StringBuilder html, AdminPageResult? result)
    {
        if (result is null) return;
        html.Append($"<section id=\"ket-qua\" class=\"{(result.Done ? "ok" : "failed")}\" role=\"status\"><h2>{T(result.Done ? "ResultOk" : "ResultFailed")}</h2><p>{E(result.Message)}</p>");
        if (result.Faults.Count > 0)
        {
            html.Append($"<table id=\"loi\"><thead><tr><th>{T("FaultTable")}</th><th>{T("FaultRow")}</th><th>{T("FaultColumn")}</th><th>{T("FaultMessage")}</th></tr></thead><tbody>");
            foreach (var f in result.Faults)
            {
                html.Append($"<tr><td>{E(f.Table ?? "")}</td><td>{f.Row}</td><td>{E(f.Column ?? "")}</td><td>{E(f.Message)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>\n");
    }

    private static void Directory(StringBuilder html, AdminView view)
    {
        string Columns(IReadOnlyList<DirectoryColumn> columns) => string.Join(", ", columns.Select(c => c.Label));
        html.Append($"<section id=\"danh-ba\"><h2>{T("SectionDirectory")}</h2><p>{T("SectionDirectoryHelp", Columns(DirectoryColumn.People), Columns(DirectoryColumn.Units))}</p>");
        html.Append($"<form method=\"post\" action=\"/quan-tri/danh-ba\" enctype=\"multipart/form-data\">{Token(view)}");
        html.Append($"<label for=\"tep\">{T("DirectoryFile")}</label><input id=\"tep\" name=\"tep\" type=\"file\" accept=\".xlsx,.csv,.json\" required>");
        html.Append($"<button type=\"submit\">{T("DirectorySubmit")}</button></form></section>\n");
    }

    private static void Accounts(StringBuilder html, AdminView view)
    {
        html.Append($"<section id=\"tai-khoan\"><h2>{T("SectionAccounts")}</h2>");
        if (view.Accounts.Count == 0) html.Append($"<p>{T("AccountsNone")}</p>");
        else html.Append($"<table><thead><tr><th>{T("AccountChannel")}</th><th>{T("AccountId")}</th><th>{T("AccountPerson")}</th><th>{T("AccountLastSeen")}</th><th></th></tr></thead><tbody>");
        foreach (var (account, person) in view.Accounts)
        {
            var hidden = $"{Token(view)}<input type=\"hidden\" name=\"kenh\" value=\"{E(account.ChannelId)}\"><input type=\"hidden\" name=\"tai_khoan\" value=\"{E(account.AccountId)}\">";
            var seen = account.LastSeenAt is { } at ? VietnamTime.Format(at) : T("NeverSeen");
            var action = person is null
                ? $"<form method=\"post\" action=\"/quan-tri/tai-khoan/lien-ket\">{hidden}<input name=\"dang_nhap\" aria-label=\"{T("AccountLogin")}\" placeholder=\"{T("AccountLogin")}\" required><button type=\"submit\">{T("AccountLink")}</button></form>"
                : $"<form method=\"post\" action=\"/quan-tri/tai-khoan/bo-lien-ket\">{hidden}<button type=\"submit\">{T("AccountUnlink")}</button></form>";
            html.Append($"<tr><td>{E(account.ChannelId)}</td><td>{E(account.AccountId)}</td><td>{(person is null ? T("AccountNotLinked") : E($"{person.FullName} ({person.Login})"))}</td><td>{E(seen)}</td><td>{action}</td></tr>");
        }

        if (view.Accounts.Count > 0) html.Append("</tbody></table>");
        html.Append("</section>\n");
    }

    private static void Calendar(StringBuilder html, AdminView view)
    {
        html.Append($"<section id=\"lich\"><h2>{T("SectionCalendar")}</h2><p>{T("SectionCalendarHelp")}</p>");
        html.Append($"<form method=\"post\" action=\"/quan-tri/lich/them\">{Token(view)}");
        html.Append($"<label for=\"ngay\">{T("DayDate")}</label><input id=\"ngay\" name=\"ngay\" required placeholder=\"24/11/2026\">");
        html.Append($"<label for=\"loai\">{T("DayKind")}</label><select id=\"loai\" name=\"loai\"><option value=\"nghi\">{T("DayKindOff")}</option><option value=\"lam-bu\">{T("DayKindWorking")}</option></select>");
        html.Append($"<label for=\"ly-do\">{T("DayReason")}</label><input id=\"ly-do\" name=\"ly_do\" required maxlength=\"400\">");
        html.Append($"<button type=\"submit\">{T("DayAdd")}</button></form>");
        if (view.Days.Count == 0) html.Append($"<p>{T("DaysNone")}</p>");
        else html.Append($"<table><thead><tr><th>{T("DayDate")}</th><th>{T("DayKind")}</th><th>{T("DayReason")}</th><th>{T("DayAddedBy")}</th><th></th></tr></thead><tbody>");
        foreach (var d in view.Days)
        {
            var kind = T(d.Kind == CalendarAdjustmentKind.DayOff ? "DayKindOff" : "DayKindWorking");
            var remove = $"<form method=\"post\" action=\"/quan-tri/lich/bo\">{Token(view)}<input type=\"hidden\" name=\"ngay\" value=\"{VietnamTime.Format(d.Date)}\"><button type=\"submit\">{T("DayRemove")}</button></form>";
            html.Append($"<tr><td>{VietnamTime.Format(d.Date)}</td><td>{kind}</td><td>{E(d.Reason)}</td><td>{E(d.AddedBy)}, {VietnamTime.Format(d.AddedAt)}</td><td>{remove}</td></tr>");
        }

        if (view.Days.Count > 0) html.Append("</tbody></table>");
        html.Append("</section>\n");
    }

    private static string Token(AdminView view) => $"<input type=\"hidden\" name=\"{E(view.Antiforgery.Field)}\" value=\"{E(view.Antiforgery.Token)}\">";

    private static string T(string key, params object[] args) => E(AdminText.Vietnamese(key, args));

    private static string E(string text) => Encoder.Encode(text);
}
