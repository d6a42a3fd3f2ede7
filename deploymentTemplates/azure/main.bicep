// InternalTthc on Azure: an App Service (Linux, .NET 10) running the bot, Azure Database for PostgreSQL flexible
// server for the store, Azure Files mounted at Files:Folder for case files, Key Vault for the secrets (read by the
// app through Key Vault references), App Service authentication for the Web Chat page's sign-in, and the Azure Bot
// resource with its Teams channel. Deploy: see README.md beside this file.

@description('Short name the resources are named after (letters and digits, 3-12).')
@minLength(3)
@maxLength(12)
param baseName string = 'tthc'

param location string = resourceGroup().location

@description('The bot\'s Microsoft Entra app registration (client) id: MicrosoftAppId.')
param botAppId string

@description('A client secret of that app registration: MicrosoftAppPassword, kept in Key Vault.')
@secure()
param botAppPassword string

@description('SingleTenant (the agency\'s own tenant) or UserAssignedMSI; new multi-tenant bots are no longer created.')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param botAppType string = 'SingleTenant'

param botTenantId string = tenant().tenantId

@description('HMAC key of the Direct Line tokens: 32 characters or more, kept in Key Vault.')
@secure()
@minLength(32)
param directLineTokenSecret string

@description('App registration (client id) that signs people in to the Web Chat and administrator pages.')
param signInClientId string

@secure()
param signInClientSecret string

param postgresAdminLogin string = 'tthcadmin'

@secure()
param postgresAdminPassword string

@description('The host people use, when a custom domain is bound; empty for <app>.azurewebsites.net.')
param publicHostName string = ''

param appServiceSku string = 'P0v3'
param postgresSku string = 'Standard_B1ms'
param postgresTier string = 'Burstable'

@allowed(['F0', 'S1'])
param botSku string = 'S1'

var suffix = uniqueString(resourceGroup().id)
var appName = '${baseName}-${suffix}'
var host = empty(publicHostName) ? '${appName}.azurewebsites.net' : publicHostName
var filesMountPath = '/mounts/files'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${baseName}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: { value: botAppPassword }
}

resource tokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'DirectLineTokenSecret'
  properties: { value: directLineTokenSecret }
}

resource storeSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'StoreConnectionString'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=internaltthc;Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull'
  }
}

resource signInSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'SignInClientSecret'
  properties: { value: signInClientSecret }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${baseName}-pg-${suffix}'
  location: location
  sku: { name: postgresSku, tier: postgresTier }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 14, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: 'internaltthc'
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// Lets the App Service reach the server (Azure's own addresses only); a private network is the stricter choice.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${baseName}st${suffix}', 24)
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource filesShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: 'case-files'
  properties: { shareQuota: 100 }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  sku: { name: appServiceSku }
  kind: 'linux'
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet InternalTthc.Bot.dll'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz/ready'
      azureStorageAccounts: {
        casefiles: {
          type: 'AzureFiles'
          accountName: storage.name
          shareName: filesShare.name
          mountPath: filesMountPath
          accessKey: storage.listKeys().keys[0].value
        }
      }
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})' }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'Store__Provider', value: 'PostgreSql' }
        { name: 'Store__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${storeSecret.properties.secretUri})' }
        { name: 'Service__PublicBaseUrl', value: 'https://${host}/' }
        { name: 'DirectLine__TokenSecret', value: '@Microsoft.KeyVault(SecretUri=${tokenSecret.properties.secretUri})' }
        { name: 'DirectLine__PublicBaseUrl', value: 'https://${host}/' }
        // App Service authentication signs people in and strips this header from whatever people send, on every path.
        { name: 'WebChat__ProxyUserHeader', value: 'X-MS-CLIENT-PRINCIPAL-NAME' }
        { name: 'WebChat__TrustedProxies__0', value: '0.0.0.0/0' }
        { name: 'WebChat__TrustedProxies__1', value: '::/0' }
        { name: 'Files__Folder', value: filesMountPath }
        { name: 'Logging__Format', value: 'Json' }
        { name: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', value: '@Microsoft.KeyVault(SecretUri=${signInSecret.properties.secretUri})' }
      ]
    }
  }
}

resource appAuth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      // These carry their own credentials (Bot Framework and Direct Line tokens, signed file links) or are public.
      excludedPaths: ['/api/messages', '/v3/directline', '/healthz', '/healthz/ready', '/hoi-dap', '/cases', '/answers.css', '/chat.css']
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: signInClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
      }
    }
    login: { tokenStore: { enabled: false } }
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, app.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Trợ lý thủ tục nội bộ'
    endpoint: 'https://${host}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output appName string = app.name
output publicBaseUrl string = 'https://${host}/'
output messagingEndpoint string = bot.properties.endpoint
output keyVaultName string = vault.name
