using System.Net;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>The Excel template of an annex list: linked from the form, downloaded over HTTP with the published columns.</summary>
public sealed class AnnexTemplateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_form_links_the_template_and_the_template_has_the_published_columns()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.daumoi");
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Cấp mới hộp thư điện tử");
        Assert.Contains("\"type\":\"Action.OpenUrl\"", chat.LastCard.GetRawText());
        Assert.Contains("annex/cto-mailbox-new/individuals.xlsx", chat.LastCard.GetRawText());

        var response = await host.Client.GetAsync("annex/cto-mailbox-new/individuals.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AnnexTemplateEndpointsContentType, response.Content.Headers.ContentType!.MediaType);

        var field = host.Services.GetRequiredService<ProcedureCatalog>().Find("cto-mailbox-new")!.Form.Single(f => f.Name == "individuals");
        var read = AnnexWorkbook.Read(await response.Content.ReadAsStreamAsync(Ct), field, (_, _) => null, AnnexLimits.Default);
        Assert.Empty(read.Rows);
        Assert.Contains(read.Faults, f => f.Row is null && f.Column is null); // the empty template: "no data rows", not a missing column
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("annex/cto-mailbox-new/officialLetterNumber.xlsx", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("annex/khong-co/individuals.xlsx", Ct)).StatusCode);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    private const string AnnexTemplateEndpointsContentType = InternalTthc.Bot.Conversations.Forms.AnnexTemplateEndpoints.ContentType;
}
