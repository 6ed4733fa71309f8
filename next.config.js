// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Content files are read at run time by the scoring API: trace them into
  // every server bundle, as Vercel and `output: "standalone"` need.
  outputFileTracingIncludes: {
    '/*': ['./content/**/*'],
  },
  // No next/image in this app: nothing for the image optimizer to do.
  images: { unoptimized: true },
};

module.exports = nextConfig;
