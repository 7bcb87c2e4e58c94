import { ApolloProvider } from "@apollo/client/react";
import { useState, type ReactNode } from "react";
import { createApolloClient } from "@/lib/apollo";
import { AuthProvider } from "@/lib/auth";

export const AppProviders = ({ children }: { children: ReactNode }) => {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <AuthProvider>{children}</AuthProvider>
    </ApolloProvider>
  );
};
