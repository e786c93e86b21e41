export default defineBackground(() => {
  // Filled by the store issue: message routing to lib/store.
});
