using InternalTthc.Core.Calendar;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Credentials;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// The one store of the service, on SQLite or PostgreSQL. Saving writes an outbox row for every
/// new timeline event in the same transaction, so every state change goes through one outbox.
/// </summary>
public sealed class TthcDbContext(DbContextOptions<TthcDbContext> options) : DbContext(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<ChannelAccount> ChannelAccounts => Set<ChannelAccount>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DeliveryRecord> DeliveryLog => Set<DeliveryRecord>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<ConversationLogEntry> ConversationLog => Set<ConversationLogEntry>();
    public DbSet<ChatConversation> ChatConversations => Set<ChatConversation>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<ConversationGreeting> ConversationGreetings => Set<ConversationGreeting>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<StoredState> ConversationStates => Set<StoredState>();
    public DbSet<ShownCaseCard> ShownCaseCards => Set<ShownCaseCard>();
    public DbSet<CalendarAdjustment> CalendarAdjustments => Set<CalendarAdjustment>();
    public DbSet<ServiceInstance> ServiceInstances => Set<ServiceInstance>();
    public DbSet<ServiceSetting> ServiceSettings => Set<ServiceSetting>();
    public DbSet<ChannelCredential> ChannelCredentials => Set<ChannelCredential>();
    public DbSet<HandoffRequest> Handoffs => Set<HandoffRequest>();
    public DbSet<HandoffMessage> HandoffMessages => Set<HandoffMessage>();
    public DbSet<HandoffOffer> HandoffOffers => Set<HandoffOffer>();
    public DbSet<AgentPresence> AgentPresence => Set<AgentPresence>();

    /// <summary>Whether a turn's <see cref="EfConnectionHold"/> wants the connection kept open once EF opens it.</summary>
    internal bool HoldsConnection { get; set; }

    /// <summary>Whether <see cref="ConnectionHoldInterceptor"/> kept it open: the hold's release closes it.</summary>
    internal bool KeptConnection { get; set; }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        QueueCaseEvents([.. ChangeTracker.Entries<CaseEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)]);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>An outbox row added for each of <paramref name="added"/>, case events about to be inserted.</summary>
    internal List<OutboxMessage> QueueCaseEvents(IEnumerable<CaseEvent> added)
    {
        List<OutboxMessage> messages = [.. added.Select(OutboxMessage.ForCaseEvent)];
        OutboxMessages.AddRange(messages);
        return messages;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Moments are stored as UTC timestamps: both engines compare and sort them correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<TimeSpan>().HaveConversion<long>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TthcDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
