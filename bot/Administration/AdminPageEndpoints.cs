using InternalTthc.Bot.Channels.DirectLine.WebChat;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;
using Microsoft.AspNetCore.Antiforgery;

namespace InternalTthc.Bot.Administration;

/// <summary>
/// The administrator page at /quan-tri: the same sign-in as the Web Chat page (the agency proxy's header, the demo
/// picker in Development), open only to people holding the Administrator role, each acting within his jurisdictions.
/// Every form posts with an anti-forgery token: the proxy signs in whatever request reaches it, a forged one too.
/// </summary>
public sealed class AdminPageEndpoints(
    WebSignIn signIn, AdministratorScope scope, IAntiforgery antiforgery, IDirectoryStore directory, CalendarDays days,
    ChannelAccountLinks links, CatalogHolder catalog)
{
    public Task<IResult> PageAsync(HttpContext context) => RespondAsync(context, validate: false, (_, _) => Task.FromResult<AdminPageResult?>(null));

    public Task<IResult> ImportAsync(HttpContext context) => RespondAsync(context, validate: true, async (admin, form) =>
    {
        if (form.Files.GetFile("tep") is not { } file) return new AdminPageResult(false, DirectoryFault.OfFile("EmptyImport").Message, []);
        await using var content = file.OpenReadStream();
        var report = await context.RequestServices.GetRequiredService<DirectoryFileImport>().ImportAsync(file.FileName, content, admin.Jurisdictions, context.RequestAborted);
        return new AdminPageResult(report.Imported, report.Imported ? report.ToString() : DirectoryText(report), report.Faults);
    });

    public Task<IResult> LinkAsync(HttpContext context) => RespondAsync(context, validate: true, async (admin, form) =>
        AdminPageResult.Of(await links.LinkAsync(form["kenh"].ToString(), form["tai_khoan"].ToString(), form["dang_nhap"].ToString(), admin.Jurisdictions, context.RequestAborted)));

    public Task<IResult> UnlinkAsync(HttpContext context) => RespondAsync(context, validate: true, async (admin, form) =>
        AdminPageResult.Of(await links.UnlinkAsync(form["kenh"].ToString(), form["tai_khoan"].ToString(), admin.Jurisdictions, context.RequestAborted)));

    public Task<IResult> AddDayAsync(HttpContext context) => RespondAsync(context, validate: true, async (admin, form) =>
    {
        var kind = form["loai"] == "lam-bu" ? CalendarAdjustmentKind.WorkingDay : CalendarAdjustmentKind.DayOff;
        return AdminPageResult.Of(await days.AddAsync(form["ngay"].ToString(), kind, form["ly_do"].ToString(), admin.Person.Login, context.RequestAborted));
    });

    public Task<IResult> RemoveDayAsync(HttpContext context) => RespondAsync(context, validate: true, async (_, form) =>
        AdminPageResult.Of(await days.RemoveAsync(form["ngay"].ToString(), context.RequestAborted)));

    public Task<IResult> ReloadCatalogAsync(HttpContext context) => RespondAsync(context, validate: true, async (_, _) =>
    {
        var result = await context.RequestServices.GetRequiredService<CatalogReload>().ReloadAsync(context.RequestAborted);
        return new AdminPageResult(result.Reloaded, result.Summary, [.. result.Faults.Select(f => new DirectoryFault(null, null, null, f))]);
    });

    private static string DirectoryText(DirectoryImportReport report) => report.ToString().Split(Environment.NewLine)[0];

    private async Task<IResult> RespondAsync(HttpContext context, bool validate, Func<(Person Person, IReadOnlySet<string> Jurisdictions), IFormCollection, Task<AdminPageResult?>> act)
    {
        var signedIn = await signIn.ResolveAsync(context, context.RequestAborted);
        if (signedIn.Person is not { } person)
        {
            return WebChatErrorPage.Create(signedIn.Status, signedIn.Problem!);
        }

        var jurisdictions = await scope.JurisdictionsAsync(person, context.RequestAborted);
        if (jurisdictions.Count == 0)
        {
            return WebChatErrorPage.Create(StatusCodes.Status403Forbidden, AdminText.Vietnamese("PageForbidden", person.Login));
        }

        AdminPageResult? result = null;
        var status = StatusCodes.Status200OK;
        if (validate)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
                result = await act((person, jurisdictions), await context.Request.ReadFormAsync(context.RequestAborted));
            }
            catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
            {
                (result, status) = (new AdminPageResult(false, AdminText.Vietnamese("PageBadForm"), []), StatusCodes.Status400BadRequest);
            }

            status = result is { Done: false } && status == StatusCodes.Status200OK ? StatusCodes.Status422UnprocessableEntity : status;
        }

        var view = await ViewAsync(context, person, jurisdictions, result);
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Content(AdminPage.Render(view), "text/html; charset=utf-8", statusCode: status);
    }

    private async Task<AdminView> ViewAsync(HttpContext context, Person person, IReadOnlySet<string> jurisdictions, AdminPageResult? result)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var accounts = new List<(ChannelAccount, Person?)>();
        foreach (var a in await links.ListAsync(context.RequestAborted))
        {
            accounts.Add((a, a.PersonId is { } id ? await directory.FindPersonAsync(id, context.RequestAborted) : null));
        }

        var current = catalog.Current;
        return new AdminView(person, jurisdictions, (tokens.FormFieldName, tokens.RequestToken!), result, accounts,
            await days.ListAsync(context.RequestAborted), (current.Procedures.Count(), current.Jurisdictions.Count(), catalog.LoadedAt));
    }
}
