// changetalk on Azure: App Service (Linux, Node 20) running the bot, an Azure Bot resource that signs in as a
// user-assigned managed identity, the Teams and Web Chat channels, and a storage account for conversation state.
//
// NOT COMPILED OR DEPLOYED. There was no bicep CLI and no Azure access where this was written. Before the first real
// use run `az bicep build --file infra/main.bicep` and `az deployment group what-if` (docs/deploy-azure.md). Resource
// types and API versions were checked against Microsoft's template reference
// (learn.microsoft.com/azure/templates/microsoft.botservice/botservices) and public Azure/Teams samples.
//
// Deploy:  az deployment group create -g <resource-group> -f infra/main.bicep -p @infra/main.parameters.json
//
// Secrets: the bot's blob store (bot/storage/createStorage.ts) takes a connection string today, so this template
// reads the account key with listKeys() and writes it into the app settings. Anyone who can read the web app's
// configuration can read that key. Better, in order of effort:
//   1. Put the connection string in Key Vault and set BLOB_CONNECTION_STRING to a Key Vault reference,
//      @Microsoft.KeyVault(SecretUri=...), with the web app's keyVaultReferenceIdentity set to the identity below.
//   2. Go keyless: set grantBlobDataRole=true, change the blob store to BlobsStorage('', container, {}, accountUrl,
//      new ManagedIdentityCredential({ clientId })), drop BLOB_CONNECTION_STRING and set allowSharedKeyAccess=false.

targetScope = 'resourceGroup'

@description('Base name. The web app becomes https://<appName>.azurewebsites.net, so it must be unique in Azure. Lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(40)
param appName string

@description('Region for the plan, web app, identity and storage account.')
param location string = resourceGroup().location

@description('App Service plan size. B1 is the smallest with Always On, so a message at 2 a.m. does not wait for a cold start.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Runtime. The code is tested on Node 20 only. App Service hides end-of-life runtimes from new apps: check `az webapp list-runtimes --os-type linux` first.')
param linuxFxVersion string = 'NODE|20-lts'

@description('Azure Bot resource name. Bot names are unique across Azure.')
@minLength(2)
@maxLength(64)
param botName string = '${appName}-bot'

@description('Name shown for the bot in the Azure portal and in the Web Chat test pane. Teams shows the name from the app package instead.')
param botDisplayName string = 'changetalk'

@description('Azure Bot tier. Teams and Web Chat are standard channels; F0 is free.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Blob container that holds conversation state (3-63 lowercase letters, digits, single hyphens).')
param blobContainerName string = 'changetalk-state'

@description('Grant the managed identity Storage Blob Data Contributor on the account, for the keyless option above. Needs Owner or User Access Administrator rights.')
param grantBlobDataRole bool = false

@description('Signs the built-in web chat tokens: 32 or more random characters (openssl rand -hex 32). Keep it the same across deployments, or open chats start again.')
@secure()
@minLength(32)
param webChatTokenSecret string

var storageAccountName = take('${replace(toLower(appName), '-', '')}${uniqueString(resourceGroup().id, appName)}', 24)
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// The bot's identity: no secret to store or rotate. The same client id is MicrosoftAppId in the app settings,
// the bot resource's msaAppId, and bots[0].botId in the Teams app package.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: true // the connection string below uses the account key
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: blobContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantBlobDataRole) {
  name: guid(storage.id, identity.id, storageBlobDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

var publicUrl = 'https://${webApp.properties.defaultHostName}'

// A separate settings resource so PUBLIC_URL can use the host name Azure assigned. It replaces all app settings.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: identity.properties.tenantId
    // No MicrosoftAppPassword: botbuilder refuses to start with one when the type is UserAssignedMSI.
    STORAGE: 'blob'
    BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
    BLOB_CONTAINER: stateContainer.name
    PUBLIC_URL: publicUrl
    WEBCHAT_TOKEN_SECRET: webChatTokenSecret
    TRUST_PROXY: 'true'
    NODE_ENV: 'production'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: '${publicUrl}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

output webAppName string = webApp.name
output publicUrl string = publicUrl
output messagingEndpoint string = bot.properties.endpoint
@description('Use as MicrosoftAppId when building the Teams package (npm run teams:package).')
output microsoftAppId string = identity.properties.clientId
output microsoftAppTenantId string = identity.properties.tenantId
output botName string = bot.name
output storageAccountName string = storage.name
