using Oci.Common.Auth;
using Oci.GenerativeaiinferenceService;
using Oci.GenerativeaiinferenceService.Models;
