# The plugin image: both console builds served by nginx over TLS, as a non-root user.
#   /               the SDK 4.22 build (dist/)        for OpenShift 4.22 and later
#   /console-4.21/  the SDK 4.21 build (dist-4.21/)   for OpenShift 4.20 and 4.21
# nginx runs with the chart's files/nginx.conf (the same file the Helm chart's ConfigMap carries);
# its paths are relative to the prefix /opt/app-root/plugin/, where the Deployment mounts the
# serving certificate (cert/) and a writable emptyDir (tmp/).

FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
WORKDIR /opt/app-root/src
# Dependencies first, so source edits reuse the cached install.
COPY --chown=1001:0 package.json package-lock.json ./
COPY --chown=1001:0 builds/console-4.21/package.json builds/console-4.21/package-lock.json builds/console-4.21/.npmrc builds/console-4.21/
# --ignore-scripts: the root postinstall needs scripts/, not copied yet; the 4.21 build's
# dependencies are installed explicitly instead.
RUN npm ci --ignore-scripts --no-audit --no-fund && \
    npm ci --no-audit --no-fund --prefix builds/console-4.21
COPY --chown=1001:0 . .
RUN npm run build

FROM registry.access.redhat.com/ubi9/nginx-124:latest
USER 0
COPY --from=build /opt/app-root/src/dist /opt/app-root/plugin/dist
COPY --from=build /opt/app-root/src/dist-4.21 /opt/app-root/plugin/dist-4.21
COPY charts/devspaces-nested-containers-plugin/files/nginx.conf /opt/app-root/plugin/nginx.conf
# OpenShift runs the pod with an arbitrary UID in group 0: group 0 owns everything, read-only
# except tmp/ (the Deployment mounts an emptyDir there anyway).
RUN mkdir -p /opt/app-root/plugin/cert /opt/app-root/plugin/tmp && \
    chown -R 1001:0 /opt/app-root/plugin && \
    chmod -R u=rwX,g=rX,o=rX /opt/app-root/plugin && \
    chmod 0775 /opt/app-root/plugin/tmp
USER 1001
EXPOSE 9443
CMD ["nginx", "-p", "/opt/app-root/plugin/", "-c", "nginx.conf", "-e", "stderr", "-g", "daemon off;"]
