using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Authentication;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace InternalTthc.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Calls the Bot Connector over HTTP with the bot's token, retrying throttling and server errors after the
/// wait the service asks for; waits go through <see cref="TimeProvider"/>.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ConnectorRetryPolicy retries,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities",
            activity with { Id = null }, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ActivityPath(conversationId, activityId),
            activity with { Id = null, ReplyToId = activityId }, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, ActivityPath(conversationId, activityId),
            activity with { Id = activityId }, cancellationToken);

    public async Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, serviceUrl, ActivityPath(conversationId, activityId), null, cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    public Task<ChannelAccount> GetConversationMemberAsync(
        string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        CallAsync<ChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}",
            null, cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(
        string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        await CallAsync<ChannelAccount[]>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members",
            null, cancellationToken);

    private static string ActivityPath(string conversationId, string activityId) =>
        $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";

    // Teams ids carry ':' and ';' (19:…;messageid=…), so every path segment is escaped as the SDK does.
    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private async Task<T> CallAsync<T>(
        HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, serviceUrl, path, body, cancellationToken);
        var json = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        // Some channels answer 201/202 with an empty body; that is still a success.
        return json.Length == 0
            ? JsonSerializer.Deserialize<T>(typeof(T).IsArray ? "[]" : "{}", BotJson.Options)!
            : JsonSerializer.Deserialize<T>(json, BotJson.Options)
                ?? throw new ConnectorException(response.StatusCode, null, $"The Bot Connector answered null to {method} {path}.");
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        // One parse of the whole address: the path is relative and its segments escaped, so it only appends to the service's.
        var uri = new Uri(serviceUrl.TrimEnd('/') + "/" + path);
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options);
        var refreshedToken = false;
        for (var retry = 0; ; retry++)
        {
            var token = await tokens.GetTokenAsync(forceRefresh: refreshedToken, cancellationToken);
            using var request = new HttpRequestMessage(method, uri);
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                // A constant value: stored as written, not parsed into a header object for every reply.
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
            }

            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage? response = null;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (Exception e) when (IsTransient(e, cancellationToken) && retry < retries.MaxRetries)
            {
                logger.LogWarning("{Method} {Path} failed ({Error}); retrying.", method, path, e.GetType().Name);
            }

            if (response is { IsSuccessStatusCode: true })
            {
                return response;
            }

            using (response)
            {
                if (response?.StatusCode == HttpStatusCode.Unauthorized && token is not null && !refreshedToken)
                {
                    // A revoked or rotated token: fetch a new one once; this is not a retry of the service.
                    refreshedToken = true;
                    retry--;
                    continue;
                }

                await WaitBeforeRetryAsync(response, retry, method, path, cancellationToken);
            }
        }
    }

    private async Task WaitBeforeRetryAsync(
        HttpResponseMessage? response, int retry, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        if (response is not null)
        {
            var operation = response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null;
            logger.LogWarning("{Method} {Path} answered {Status} (operation {OperationId}).", method, path, (int)response.StatusCode, operation);
            if (!ConnectorRetryPolicy.IsRetryable(response.StatusCode) || retry >= retries.MaxRetries)
            {
                // Out of retries here: the wait the service asked for goes to the caller (the outbox schedules by it).
                var error = await ConnectorErrorReader.ReadAsync(response, cancellationToken);
                throw ConnectorRetryPolicy.IsRetryable(response.StatusCode) && retries.RetryAfter(response) is { } wait
                    ? new ConnectorException(error.StatusCode, error.ErrorCode, error.Message, wait)
                    : error;
            }
        }

        var delay = retries.DelayFor(response, retry);
        if (delay > retries.MaxDelay)
        {
            throw new ConnectorException(response!.StatusCode, "Throttled",
                $"The Bot Connector asked to wait {delay} before retrying {method} {path}.", delay);
        }

        await Task.Delay(delay, time, cancellationToken);
    }

    private static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
