// Browser libraries come from their WebJars on this server, loaded only when a view needs them.

const LIBS = {
  echarts: { js: '/webjars/echarts/5.3.1/dist/echarts.min.js', global: 'echarts' },
  cytoscape: { js: '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js', global: 'cytoscape' },
  leaflet: {
    js: '/webjars/leaflet/1.9.4/dist/leaflet.js',
    css: '/webjars/leaflet/1.9.4/dist/leaflet.css',
    global: 'L',
  },
};

const loading = new Map();

/** Resolves to the library's global (echarts, cytoscape, L). */
export function load(name) {
  if (!loading.has(name)) loading.set(name, inject(LIBS[name]));
  return loading.get(name);
}

function inject(lib) {
  if (lib.css) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = lib.css;
    document.head.appendChild(link);
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = lib.js;
    script.onload = () => resolve(window[lib.global]);
    script.onerror = () => reject(new Error('could not load ' + lib.js));
    document.head.appendChild(script);
  });
}
