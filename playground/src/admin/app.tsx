
/** The playground's admin offers Danish next to English (profile › interface language), so the plugin's Danish shows. */
export default {
  config: {
    locales: ['da'],
  },
  bootstrap() {},
};
